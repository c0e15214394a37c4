/**
 * The surface grammar of type cells, one for every dialect. It knows the notations SDK languages
 * write for generics, nullability, namespaces and collections, but not what any name means: a dialect
 * maps names to IR types (`type-reader.ts`) and says which notations it writes (`detect.ts`).
 *
 *   union   := type ('|' type)*
 *   type    := prefix* primary suffix*
 *   prefix  := '*' | '&' | '?' | '[' ']' | 'map' '[' union ']'              Go `*T` `[]T` `map[K]V`, PHP `?T`
 *   suffix  := '[' ']' | '?'                                                 `T[]`, C# `T?`
 *   primary := NAME args? | LINK | STRING | NUMBER | '(' union ')' | '?' | '{' '[' NAME ':' union ']' ':' union ';'? '}'
 *            | 'map' '[' union ',' union ']'                                 swagger-codegen's PHP `map[K,V]`
 *   args    := '<' list '>' | '[' list ']' | '(' list ')'                    `List<T>`, `Dict[K, V]`, `T.nilable(T)`
 *   list    := union (',' union)*
 *   NAME    := ('::' | '\')? IDENT (('.' | '::' | '\') IDENT)*               `shared.X`, `::String`, `\Shared\X`
 *
 * A `?` before a type is a prefix, anywhere else Java's wildcard; after a type it is a suffix when no
 * type follows. A link's text is parsed with the same grammar; the link's URL is kept on the node.
 * Nesting, length and union width are bounded (`limits.ts`), and the parser never recurses deeper than
 * the nesting it accepts.
 */
import type { CellSegment } from "./cells.js";
import { MAX_TYPE_CELL_LENGTH, MAX_TYPE_DEPTH, MAX_UNION_MEMBERS } from "./limits.js";

/** A notation a type cell uses; each dialect lists the ones it writes (see `dialects/dialect.ts`). */
export type Notation =
  /** Go's pointer `*T`. */
  | "*T"
  /** PHP's `?T`. */
  | "?T"
  /** C#'s and Kotlin's `T?`. */
  | "T?"
  /** Go's `[]T`. */
  | "[]T"
  /** `T[]` (TypeScript, C#, Java). */
  | "T[]"
  /** Go's `map[K]V`. */
  | "map[K]V"
  /** TypeScript's `{ [k: string]: V }`. */
  | "{[K]:V}"
  /** `A | B`. */
  | "A|B"
  /** `Name<A>`. */
  | "N<>"
  /** `Name[A]`. */
  | "N[]"
  /** `Name(A)`: Ruby's `T.nilable(A)`. */
  | "N()"
  /** `A.B` */
  | "A.B"
  /** `A::B` */
  | "A::B"
  /** `A\B` */
  | "A\\B"
  /** A name from the root namespace: `::String`, `\DateTime`. */
  | "::A"
  /** Java's `?` wildcard. */
  | "?";

export type TypeSyntax =
  | {
      readonly kind: "name";
      /** As written, without the root marker (`::String` → `String`, `\DateTime` → `DateTime`). */
      readonly name: string;
      readonly args: readonly TypeSyntax[];
    }
  /** `*T`, `&T`, `?T` and `T?`: the dialect says what each means. */
  | { readonly kind: "mark"; readonly mark: "*T" | "?T" | "T?"; readonly inner: TypeSyntax }
  | { readonly kind: "list"; readonly items: TypeSyntax }
  | { readonly kind: "map"; readonly key: TypeSyntax; readonly value: TypeSyntax }
  | { readonly kind: "union"; readonly members: readonly TypeSyntax[] }
  | { readonly kind: "literal"; readonly value: string | number | boolean | null }
  | { readonly kind: "wildcard" }
  /** A Markdown link: `url` says where the named type is documented. */
  | { readonly kind: "link"; readonly url: string; readonly inner: TypeSyntax };

/** A parsed cell and the notations it uses. */
export interface ParsedType {
  readonly syntax: TypeSyntax;
  readonly notations: ReadonlySet<Notation>;
}

type Token =
  | { readonly kind: "name"; readonly text: string; readonly rooted: boolean }
  | { readonly kind: "punct"; readonly text: string }
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly url: string };

/** Why a cell could not be read: what was expected and what was found. */
export class TypeSyntaxError extends Error {}

const identifier = String.raw`[\p{L}_$][\p{L}\p{N}_$]*`;
const tokenPattern = new RegExp(
  String.raw`\s*(?:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(-?\d+(?:\.\d+)?)(?![\p{L}_])|((?:::|\\)?${identifier}(?:(?:\.|::|\\)${identifier})*(?:\{\})?)|(\S))`,
  "uy",
);

function tokenizeText(text: string, tokens: Token[]): void {
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    const match = tokenPattern.exec(text);
    if (!match) break;
    const [, quoted, numeric, name, punct] = match;
    if (quoted !== undefined) tokens.push({ kind: "string", text: quoted });
    else if (numeric !== undefined) tokens.push({ kind: "number", text: numeric });
    else if (name !== undefined) {
      const rooted = name.startsWith("::") || name.startsWith("\\");
      tokens.push({ kind: "name", text: name.replace(/^(::|\\)/, ""), rooted });
    } else if (punct !== undefined) tokens.push({ kind: "punct", text: punct });
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

/** A quoted literal's value: JSON's escapes for double quotes, the text as written otherwise. */
function stringValue(quoted: string): string {
  if (quoted.startsWith('"')) {
    try {
      return JSON.parse(quoted) as string;
    } catch {
      // an escape JSON does not know (`"\q"`): keep the characters between the quotes
    }
  }
  return quoted.slice(1, -1);
}

/** Closing bracket of each argument list. */
const closers: Readonly<Record<string, string>> = { "<": ">", "[": "]", "(": ")" };
const argNotation: Readonly<Record<string, Notation>> = { "<": "N<>", "[": "N[]", "(": "N()" };

class Parser {
  private index = 0;
  private depth: number;
  readonly notations = new Set<Notation>();

  constructor(
    private readonly tokens: readonly Token[],
    depth = 0,
  ) {
    this.depth = depth;
  }

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

  /** Whether the token at `offset` can start a type (so a `?` before it is a prefix). */
  private startsType(offset: number): boolean {
    const token = this.peek(offset);
    if (token === undefined) return false;
    if (token.kind !== "punct") return true;
    return ["*", "&", "?", "(", "{"].includes(token.text) || (token.text === "[" && this.isPunct("]", offset + 1));
  }

  /** Every recursion passes through `type()`, and `type()` through here: nesting past the limit is an error, not a stack overflow. */
  private nested<T>(read: () => T): T {
    if (++this.depth > MAX_TYPE_DEPTH) throw new TypeSyntaxError(`expected a type nested at most ${MAX_TYPE_DEPTH} levels deep, found deeper nesting`);
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  private union(): TypeSyntax {
    const members = [this.type()];
    while (this.isPunct("|")) {
      this.index++;
      members.push(this.type());
      if (members.length > MAX_UNION_MEMBERS) throw new TypeSyntaxError(`expected a union of at most ${MAX_UNION_MEMBERS} members, found more`);
    }
    if (members.length === 1) return members[0]!;
    this.notations.add("A|B");
    return { kind: "union", members };
  }

  private type(): TypeSyntax {
    return this.nested(() => {
      const token = this.peek();
      if (this.isPunct("*") || this.isPunct("&")) {
        this.index++;
        this.notations.add("*T");
        return { kind: "mark", mark: "*T", inner: this.type() };
      }
      if (this.isPunct("?") && this.startsType(1)) {
        this.index++;
        this.notations.add("?T");
        return { kind: "mark", mark: "?T", inner: this.type() };
      }
      if (this.isPunct("[") && this.isPunct("]", 1)) {
        this.index += 2;
        this.notations.add("[]T");
        return { kind: "list", items: this.type() };
      }
      if (token?.kind === "name" && token.text === "map" && this.isPunct("[", 1)) {
        this.index += 2;
        const key = this.union();
        // swagger-codegen's PHP writes `map[K,V]`: the value inside the brackets.
        if (this.isPunct(",")) {
          this.index++;
          const value = this.union();
          this.expectPunct("]");
          this.notations.add("map[K]V");
          return this.suffixes({ kind: "map", key, value });
        }
        this.expectPunct("]");
        this.notations.add("map[K]V");
        return { kind: "map", key, value: this.type() };
      }
      return this.suffixes(this.primary());
    });
  }

  /** `T[]` and `T?` after a primary; iterative, each adds one level of nesting. */
  private suffixes(primary: TypeSyntax): TypeSyntax {
    let result = primary;
    let levels = 0;
    for (;;) {
      if (this.isPunct("[") && this.isPunct("]", 1)) {
        this.index += 2;
        this.notations.add("T[]");
        result = { kind: "list", items: result };
      } else if (this.isPunct("?") && !this.startsType(1)) {
        this.index++;
        this.notations.add("T?");
        result = { kind: "mark", mark: "T?", inner: result };
      } else {
        return result;
      }
      if (this.depth + ++levels > MAX_TYPE_DEPTH) throw new TypeSyntaxError(`expected a type nested at most ${MAX_TYPE_DEPTH} levels deep, found deeper nesting`);
    }
  }

  private primary(): TypeSyntax {
    const token = this.peek();
    if (!token) throw new TypeSyntaxError("expected a type, found end of cell");
    this.index++;
    switch (token.kind) {
      case "link":
        return { kind: "link", url: token.url, inner: this.linkText(token.text) };
      case "string":
        return { kind: "literal", value: stringValue(token.text) };
      case "number":
        return { kind: "literal", value: Number(token.text) };
      case "name":
        this.nameNotations(token);
        return { kind: "name", name: token.text, args: this.args() };
      case "punct":
        if (token.text === "(") {
          const inner = this.union();
          this.expectPunct(")");
          return inner;
        }
        if (token.text === "?") {
          this.notations.add("?");
          return { kind: "wildcard" };
        }
        if (token.text === "{") return this.indexSignature();
    }
    throw new TypeSyntaxError(`expected a type name, found ${describe(token)}`);
  }

  /**
   * The text of a link, read with this grammar at the current depth; a link whose text is words
   * (`[Payment Method Apple Pay](…)`, APIMatic's titles) names the type its page documents by those words.
   */
  private linkText(text: string): TypeSyntax {
    const inner = new Parser(tokenize([{ kind: "text", text }]), this.depth);
    if (inner.tokens.length === 0) throw new TypeSyntaxError("expected a type in the link text, found none");
    if (/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)+$/u.test(text.trim()) && inner.tokens.every((token) => token.kind === "name" || token.kind === "number")) {
      return { kind: "name", name: text.trim(), args: [] };
    }
    const syntax = inner.parseAll();
    for (const notation of inner.notations) this.notations.add(notation);
    return syntax;
  }

  private nameNotations(token: Token & { kind: "name" }): void {
    if (token.rooted) this.notations.add("::A");
    if (token.text.includes("::")) this.notations.add("A::B");
    if (token.text.includes("\\")) this.notations.add("A\\B");
    if (token.text.includes(".")) this.notations.add("A.B");
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
    if (this.isPunct(";")) this.index++;
    this.expectPunct("}");
    this.notations.add("{[K]:V}");
    return { kind: "map", key, value };
  }

  private args(): TypeSyntax[] {
    const open = this.peek();
    if (open?.kind !== "punct" || closers[open.text] === undefined || (open.text === "[" && this.isPunct("]", 1))) return [];
    this.index++;
    this.notations.add(argNotation[open.text]!);
    const args = [this.union()];
    while (this.isPunct(",")) {
      this.index++;
      args.push(this.union());
      if (args.length > MAX_UNION_MEMBERS) throw new TypeSyntaxError(`expected at most ${MAX_UNION_MEMBERS} type arguments, found more`);
    }
    this.expectPunct(closers[open.text]!);
    return args;
  }
}

/** Parses a flattened type cell. Throws {@link TypeSyntaxError} with what was expected and found. */
export function parseTypeSyntax(segments: readonly CellSegment[]): ParsedType {
  const length = segments.reduce((sum, segment) => sum + segment.text.length + (segment.kind === "link" ? segment.url.length : 0), 0);
  if (length > MAX_TYPE_CELL_LENGTH) throw new TypeSyntaxError(`expected a type cell of at most ${MAX_TYPE_CELL_LENGTH} characters, found ${length}`);
  const tokens = tokenize(segments);
  if (tokens.length === 0) throw new TypeSyntaxError("expected a type, found an empty cell");
  const parser = new Parser(tokens);
  const syntax = parser.parseAll();
  return { syntax, notations: parser.notations };
}
