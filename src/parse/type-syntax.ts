/**
 * The surface grammar of type cells, shared by every dialect. It knows the shapes
 * (`*T`, `[]T`, `map[K]V`, `T[]`, `Name<A, B>`, `Name[A, B]`, `A | B`, links) but not what the names
 * mean: a dialect module maps names to IR types (see `type-reader.ts`).
 *
 *   union   := type ('|' type)*
 *   type    := '*' type | '[' ']' type | 'map' '[' union ']' type | primary ('[' ']')*
 *   primary := NAME args? | LINK | STRING | NUMBER | '(' union ')' | '?' | '{' '[' NAME ':' union ']' ':' union '}'
 *   args    := '<' union (',' union)* '>' | '[' union (',' union)* ']'
 *
 * A link's text is parsed with the same grammar; the link's URL is kept on the node so that the
 * name it names can be resolved to a page.
 */
import type { CellSegment } from "./cells.js";

export type TypeSyntax =
  | { readonly kind: "name"; readonly name: string; readonly args: readonly TypeSyntax[] }
  | { readonly kind: "pointer"; readonly inner: TypeSyntax }
  /** `[]T` (Go) and `T[]` (TypeScript, C#, Java). */
  | { readonly kind: "list"; readonly items: TypeSyntax }
  /** Go's `map[K]V`. */
  | { readonly kind: "map"; readonly key: TypeSyntax; readonly value: TypeSyntax }
  | { readonly kind: "union"; readonly members: readonly TypeSyntax[] }
  | { readonly kind: "literal"; readonly value: string | number | boolean | null }
  /** Java's `?` wildcard. */
  | { readonly kind: "wildcard" }
  /** A Markdown link: `url` says where the named type is documented. */
  | { readonly kind: "link"; readonly url: string; readonly inner: TypeSyntax };

type Token =
  | { readonly kind: "name"; readonly text: string }
  | { readonly kind: "punct"; readonly text: string }
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly url: string };

/** Why a cell could not be read: what was expected and what was found. */
export class TypeSyntaxError extends Error {}

const tokenPattern = /\s*(?:("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)(?![A-Za-z_])|([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)|(\S))/gy;

function tokenizeText(text: string, tokens: Token[]): void {
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    const match = tokenPattern.exec(text);
    if (!match) break;
    const [, quoted, numeric, name, punct] = match;
    if (quoted !== undefined) tokens.push({ kind: "string", text: quoted });
    else if (numeric !== undefined) tokens.push({ kind: "number", text: numeric });
    else if (name !== undefined) tokens.push({ kind: "name", text: name });
    else if (punct !== undefined) tokens.push({ kind: "punct", text: punct });
  }
}

function tokenize(segments: readonly CellSegment[]): Token[] {
  const tokens: Token[] = [];
  for (const segment of segments) {
    if (segment.kind === "link") tokens.push({ kind: "link", text: segment.text, url: segment.url });
    else tokenizeText(segment.text, tokens);
  }
  return tokens;
}

function describe(token: Token | undefined): string {
  if (!token) return "end of cell";
  return token.kind === "link" ? `link "${token.text}"` : `"${token.text}"`;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): TypeSyntax {
    const result = this.union();
    if (this.index < this.tokens.length) {
      throw new TypeSyntaxError(`expected end of type, found ${describe(this.tokens[this.index])}`);
    }
    return result;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  private isPunct(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === "punct" && token.text === text;
  }

  private expectPunct(text: string): void {
    if (!this.isPunct(text)) throw new TypeSyntaxError(`expected "${text}", found ${describe(this.peek())}`);
    this.index++;
  }

  private union(): TypeSyntax {
    const members = [this.type()];
    while (this.isPunct("|")) {
      this.index++;
      members.push(this.type());
    }
    return members.length === 1 ? members[0]! : { kind: "union", members };
  }

  private type(): TypeSyntax {
    if (this.isPunct("*")) {
      this.index++;
      return { kind: "pointer", inner: this.type() };
    }
    if (this.isPunct("[") && this.isPunct("]", 1)) {
      this.index += 2;
      return { kind: "list", items: this.type() };
    }
    const token = this.peek();
    if (token?.kind === "name" && token.text === "map" && this.isPunct("[", 1)) {
      this.index += 2;
      const key = this.union();
      this.expectPunct("]");
      return { kind: "map", key, value: this.type() };
    }
    let result = this.primary();
    while (this.isPunct("[") && this.isPunct("]", 1)) {
      this.index += 2;
      result = { kind: "list", items: result };
    }
    return result;
  }

  private primary(): TypeSyntax {
    const token = this.peek();
    if (!token) throw new TypeSyntaxError("expected a type, found end of cell");
    this.index++;
    switch (token.kind) {
      case "link":
        return { kind: "link", url: token.url, inner: parseTypeSyntax([{ kind: "text", text: token.text }]) };
      case "string":
        return { kind: "literal", value: JSON.parse(token.text) as string };
      case "number":
        return { kind: "literal", value: Number(token.text) };
      case "name":
        return { kind: "name", name: token.text, args: this.args() };
      case "punct":
        if (token.text === "(") {
          const inner = this.union();
          this.expectPunct(")");
          return inner;
        }
        if (token.text === "?") return { kind: "wildcard" };
        if (token.text === "{") return this.indexSignature();
    }
    throw new TypeSyntaxError(`expected a type name, found ${describe(token)}`);
  }

  /** TypeScript's `{ [k: string]: T }`, read as a map of T (after the opening brace). */
  private indexSignature(): TypeSyntax {
    this.expectPunct("[");
    if (this.peek()?.kind !== "name") throw new TypeSyntaxError(`expected a key name, found ${describe(this.peek())}`);
    this.index++;
    this.expectPunct(":");
    const key = this.union();
    this.expectPunct("]");
    this.expectPunct(":");
    const value = this.union();
    this.expectPunct("}");
    return { kind: "map", key, value };
  }

  private args(): TypeSyntax[] {
    const open = this.peek();
    if (open?.kind !== "punct" || (open.text !== "<" && open.text !== "[") || this.isPunct("]", 1)) return [];
    const close = open.text === "<" ? ">" : "]";
    this.index++;
    const args = [this.union()];
    while (this.isPunct(",")) {
      this.index++;
      args.push(this.union());
    }
    this.expectPunct(close);
    return args;
  }
}

/** Parses a flattened type cell. Throws {@link TypeSyntaxError} with what was expected and found. */
export function parseTypeSyntax(segments: readonly CellSegment[]): TypeSyntax {
  const tokens = tokenize(segments);
  if (tokens.length === 0) throw new TypeSyntaxError("expected a type, found an empty cell");
  return new Parser(tokens).parseAll();
}
