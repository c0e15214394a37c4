/**
 * What a declaration or field is to the SDK rather than to the API (`SdkRole`, `TransportData` in the IR),
 * decided by what the fields are and what they hold, never by a declaration's name.
 *
 * - **Transport data** an SDK adds to what the API returns: its raw HTTP response or request object
 *   (`*http.Response`, `HttpResponseMessage`, `httpx.Response`: the IR's `http-response`), or a model of
 *   nothing else (`HTTPMetadata`: `Response`, `Request`), held by a field.
 * - An **envelope** is a model with such a field (`GetAccountResponse`: `Account`, `ContentType`,
 *   `StatusCode`, `RawResponse`), or an operation's response or request holding two of the HTTP
 *   exchange's other parts: an integer status code, a string content type, a map of headers. In an
 *   envelope those parts are transport data too; every other field is its body. A field that carries a
 *   binary body (`…ResponseStream`, `…Bytes`) is body, whatever its type.
 * - A **transport** model is one of raw transport objects alone that an envelope's field refers to.
 * - An SDK **utility** is a model referenced by no API declaration, not an operation's request or
 *   response, whose name and field names are all words of one utility's vocabulary (retry and backoff
 *   settings; credentials; server options), or one named global whose fields each occur in two or more
 *   operation requests (global parameters); what only utilities refer to is a utility too.
 *
 * {@link withSdkShape} records all of it in the IR, once a variant's references are resolved.
 */
import { matchKey, nameWords as words } from "./naming.js";
import type { Declaration, Field, ModelDecl, SdkRole, TransportData, TypeExpr } from "./types.js";
import { referencedIds } from "./walk.js";

/** `T | null` → `T`; any other type as is. */
export function withoutNull(type: TypeExpr): TypeExpr {
  if (type.kind !== "union") return type;
  const rest = type.members.filter((member) => !(member.kind === "literal" && member.value === null));
  return rest.length === 1 ? (rest[0] as TypeExpr) : type;
}

/** Suffixes SDK generators give the property that holds a binary response body. */
const BINARY_BODY_SUFFIX = /(ResponseStream|Stream|Bytes)$/i;

/**
 * Whether a field carries raw bytes: binary, the SDK's HTTP response standing in for a streamed body,
 * or a string of a dialect whose strings hold bytes too (PHP, Ruby).
 */
function isBodyField(field: Field): boolean {
  const type = withoutNull(field.type);
  return type.kind === "binary" || type.kind === "http-response" || (type.kind === "primitive" && type.unstated?.includes("binary") === true);
}

/**
 * The name a binary body field has without its SDK suffix; undefined for other fields. Speakeasy names the
 * binary response body `…ResponseStream` in Go, Python and Java and `…Bytes` in C#
 * (go/docs/pkg/models/operations/createpassthroughjsonresponse.md `DefaultWildcardWildcardResponseStream`,
 * csharp/docs/Models/Requests/CreatePassthroughJsonResponse.md `DefaultWildcardWildcardBytes`).
 */
export function binaryBodyStem(field: Field): string | undefined {
  if (!isBodyField(field) || !BINARY_BODY_SUFFIX.test(field.canonicalName)) return undefined;
  const stem = matchKey(field.canonicalName.replace(BINARY_BODY_SUFFIX, ""));
  return stem === "" ? undefined : stem;
}

/** The SDK's raw response (or request) object, not a body handed over as one. */
function isRawTransport(field: Field): boolean {
  return withoutNull(field.type).kind === "http-response" && binaryBodyStem(field) === undefined;
}

/** A model of raw transport objects alone (`HTTPMetadata`). */
function isRawOnly(declaration: Declaration | undefined): declaration is ModelDecl {
  return declaration?.kind === "model" && declaration.fields.length > 0 && declaration.fields.every(isRawTransport);
}

/** The parts of the HTTP exchange an envelope's other fields hold, by what the field is named and holds. */
const EXCHANGE_PARTS: ReadonlyArray<{ readonly data: TransportData; readonly names: ReadonlySet<string>; readonly holds: (type: TypeExpr) => boolean }> = [
  { data: "status-code", names: new Set(["statuscode", "httpstatuscode", "httpstatus"]), holds: (type) => type.kind === "primitive" && (type.name === "integer" || type.name === "number") },
  { data: "content-type", names: new Set(["contenttype"]), holds: (type) => type.kind === "primitive" && type.name === "string" },
  {
    data: "headers",
    names: new Set(["headers", "httpheaders", "responseheaders"]),
    holds: (type) => {
      if (type.kind !== "map") return false;
      const values = withoutNull(type.values);
      const text = (inner: TypeExpr) => inner.kind === "primitive" && inner.name === "string";
      return text(values) || (values.kind === "array" && text(withoutNull(values.items)));
    },
  },
];

/** The part of the HTTP exchange a field holds, were its model an envelope; undefined for a body field. */
export function exchangePart(field: Field): TransportData | undefined {
  const key = matchKey(field.canonicalName);
  const type = withoutNull(field.type);
  return EXCHANGE_PARTS.find((part) => part.names.has(key) && part.holds(type))?.data;
}

/** What a model's fields are to the SDK on their own; what they refer to is looked up in the variant. */
interface FieldFacts {
  /** The field holds the SDK's raw transport object. */
  readonly raw: boolean;
  /** The declaration its type (null aside) refers to, if a ref. */
  readonly target: string | undefined;
  /** The part of the HTTP exchange it holds, were its model an envelope. */
  readonly part: TransportData | undefined;
}

/** What is true of a declaration on its own, whatever the rest of the variant (see {@link SdkShapeMemory}). */
interface Facts {
  readonly kind: Declaration["kind"];
  readonly role: Declaration["role"];
  readonly fields: readonly FieldFacts[];
  /** A model of raw transport objects alone. */
  readonly rawOnly: boolean;
  readonly references: readonly string[];
  /** The match keys of its fields' names, each once (of a request, or of a shared model that says it is global). */
  readonly fieldKeys: readonly string[];
  /** A shared model whose words are a utility's (see vocabularyUtility). */
  readonly vocabulary: boolean;
  /** A shared model whose name says it is global. */
  readonly global: boolean;
}

function factsOf(declaration: Declaration): Facts {
  const fields = declaration.kind === "model" ? declaration.fields : [];
  // Only a shared model can be a utility: the words of the others' names are never looked at.
  const sharedModel = declaration.kind === "model" && declaration.role === "shared";
  const global = sharedModel && words(declaration.name).some((word) => word === "global" || word === "globals");
  return {
    kind: declaration.kind,
    role: declaration.role,
    fields: fields.map((field) => {
      const type = withoutNull(field.type);
      return { raw: isRawTransport(field), target: type.kind === "ref" ? type.target : undefined, part: exchangePart(field) };
    }),
    rawOnly: isRawOnly(declaration),
    references: referencedIds(declaration),
    fieldKeys: declaration.role === "request" || global ? [...new Set(fields.map((field) => matchKey(field.canonicalName)))] : [],
    vocabulary: sharedModel && vocabularyUtility(declaration),
    global,
  };
}

/**
 * What {@link withSdkShape} keeps between calls (a watcher's): each declaration's {@link Facts} and result,
 * by identity, and the roles and transport fields last found with the facts they were found from: the
 * same again while every declaration's facts are. Create with {@link newSdkShapeMemory}.
 */
export interface SdkShapeMemory {
  readonly facts: WeakMap<Declaration, Facts>;
  readonly shaped: WeakMap<Declaration, { readonly shape: string; readonly result: Declaration }>;
  last: { readonly facts: ReadonlyMap<string, Facts>; readonly shapes: ReadonlyMap<string, Shape> } | undefined;
}

export function newSdkShapeMemory(): SdkShapeMemory {
  return { facts: new WeakMap(), shaped: new WeakMap(), last: undefined };
}

/** What a declaration is to the SDK: its role, and for an envelope the transport data each field holds. */
interface Shape {
  readonly role: SdkRole;
  readonly transports: readonly (TransportData | undefined)[];
  /** The two as text, to tell a result made with them. */
  readonly text: string;
}

/** The variant's declarations with their facts, and what is looked up across them. */
class Shapes {
  private readonly byId: Map<string, Declaration>;
  private readonly factsById = new Map<string, Facts>();
  private metadataReferrers: Map<string, Declaration[]> | undefined;

  constructor(
    declarations: readonly Declaration[],
    readonly facts: (declaration: Declaration) => Facts,
  ) {
    this.byId = new Map(declarations.map((declaration) => [declaration.id, declaration]));
  }

  factsOfId(id: string): Facts | undefined {
    let found = this.factsById.get(id);
    const declaration = this.byId.get(id);
    if (found === undefined && declaration !== undefined) this.factsById.set(id, (found = this.facts(declaration)));
    return found;
  }

  /** The transport data a field holds on its own: the raw transport object, or a ref to a model of them. */
  standalone(field: FieldFacts): TransportData | undefined {
    if (field.raw) return "raw-response";
    return field.target !== undefined && this.factsOfId(field.target)?.rawOnly === true ? "http-metadata" : undefined;
  }

  /** Whether a model is an envelope (see the module comment). */
  isEnvelope(model: ModelDecl): boolean {
    const facts = this.facts(model);
    if (facts.fields.some((field) => this.standalone(field) !== undefined)) return !facts.rawOnly || !this.referencedAsMetadata(model);
    if (model.role === "shared") return false;
    return new Set(facts.fields.map(({ part }) => part).filter((part) => part !== undefined)).size >= 2;
  }

  /** Whether some other model's field refers to this model of raw transport objects. */
  private referencedAsMetadata(model: ModelDecl): boolean {
    if (this.metadataReferrers === undefined) {
      this.metadataReferrers = new Map();
      for (const declaration of this.byId.values()) {
        if (declaration.kind !== "model") continue;
        for (const { target } of this.facts(declaration).fields) {
          if (target === undefined) continue;
          const referrers = this.metadataReferrers.get(target);
          if (referrers === undefined) this.metadataReferrers.set(target, [declaration]);
          else referrers.push(declaration);
        }
      }
    }
    return (this.metadataReferrers.get(model.id) ?? []).some((declaration) => declaration !== model);
  }
}

/**
 * The vocabularies of SDK utilities: a model whose name and field names are all made of one of them, and
 * which says so (one of `marks` in its name or a field's name), is that utility.
 */
const UTILITY_VOCABULARIES: ReadonlyArray<{ readonly marks: ReadonlySet<string>; readonly words: ReadonlySet<string> }> = [
  {
    marks: new Set(["retry", "retries", "backoff"]),
    words: new Set(
      "retry retries backoff strategy config configuration settings options policy initial max maximum min minimum interval intervals exponent elapsed time connection errors error attempts jitter delay multiplier ms milliseconds seconds status codes".split(
        " ",
      ),
    ),
  },
  {
    marks: new Set(["security", "credentials", "auth", "authentication", "authorization"]),
    words: new Set(
      "security credentials credential auth authentication authorization api key keys bearer token jwt basic username user password client id secret url oauth oauth2 scheme schemes access header app application".split(" "),
    ),
  },
  {
    marks: new Set(["server"]),
    words: new Set("server servers url urls index idx environment env host base variables name options config configuration".split(" ")),
  },
];

function vocabularyUtility(model: ModelDecl): boolean {
  if (model.fields.length === 0) return false;
  const nameWords = words(model.name);
  // The name's words first: most names are no utility's, and their fields' words need not be split.
  const possible = UTILITY_VOCABULARIES.filter(({ words: vocabulary }) => nameWords.every((word) => vocabulary.has(word)));
  if (possible.length === 0) return false;
  const all = [nameWords, ...model.fields.map((field) => words(field.name))].flat();
  return possible.some(({ marks, words: vocabulary }) => all.every((word) => vocabulary.has(word)) && all.some((word) => marks.has(word)));
}

/** Global parameters: a model that says it is global, every field of which is a field of two or more operation requests. */
function globalParameters(facts: Facts, requestFields: ReadonlyMap<string, number>): boolean {
  return facts.global && facts.fieldKeys.length > 0 && facts.fieldKeys.every((key) => (requestFields.get(key) ?? 0) >= 2);
}

/**
 * The declarations with their SDK roles and their envelopes' transport fields recorded (see the module
 * comment); the others as they are. References must be resolved. `memory` keeps what a declaration says
 * on its own, and each result, for the next call (see {@link SdkShapeMemory}).
 */
export function withSdkShape(declarations: readonly Declaration[], memory?: SdkShapeMemory): Declaration[] {
  const known = memory?.facts ?? new WeakMap<Declaration, Facts>();
  const facts = (declaration: Declaration): Facts => {
    let found = known.get(declaration);
    if (found === undefined) {
      found = factsOf(declaration);
      known.set(declaration, found);
    }
    return found;
  };
  const factsById = new Map(declarations.map((declaration) => [declaration.id, facts(declaration)]));
  const last = memory?.last;
  const same = last !== undefined && factsById.size === declarations.length && last.facts.size === factsById.size && everyEntry(factsById, (id, found) => sameFacts(last.facts.get(id), found));
  const shapes = same ? last.shapes : sdkShapes(declarations, facts);
  if (memory !== undefined) memory.last = { facts: factsById, shapes };
  if (shapes.size === 0) return [...declarations];
  return declarations.map((declaration) => {
    const shape = shapes.get(declaration.id);
    if (shape === undefined) return declaration;
    const known = memory?.shaped.get(declaration);
    if (known?.shape === shape.text) return known.result;
    let result: Declaration;
    if (shape.role !== "envelope" || declaration.kind !== "model") result = { ...declaration, sdk: shape.role };
    else {
      const fields = declaration.fields.map((field, position) => {
        const transport = shape.transports[position];
        return transport === undefined ? field : { ...field, transport };
      });
      result = { ...declaration, sdk: shape.role, fields };
    }
    memory?.shaped.set(declaration, { shape: shape.text, result });
    return result;
  });
}

/** The role and transport fields of every declaration the SDK adds (see the module comment), by id. */
function sdkShapes(declarations: readonly Declaration[], facts: (declaration: Declaration) => Facts): Map<string, Shape> {
  const lookup = new Shapes(declarations, facts);
  const roles = new Map<string, SdkRole>();
  for (const declaration of declarations) {
    if (declaration.kind !== "model") continue;
    if (lookup.isEnvelope(declaration)) roles.set(declaration.id, "envelope");
    else if (facts(declaration).rawOnly) roles.set(declaration.id, "transport");
  }
  for (const id of utilities(declarations, roles, facts)) roles.set(id, "utility");
  const shapes = new Map<string, Shape>();
  for (const declaration of declarations) {
    const role = roles.get(declaration.id);
    if (role === undefined) continue;
    const transports = role === "envelope" && declaration.kind === "model" ? facts(declaration).fields.map((field) => lookup.standalone(field) ?? field.part) : [];
    shapes.set(declaration.id, { role, transports, text: `${role}:${transports.join(",")}` });
  }
  return shapes;
}

/** Whether two declarations' facts are the same (the same object, or the same values). */
function sameFacts(a: Facts | undefined, b: Facts): boolean {
  return a === b || (a !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

function everyEntry<K, V>(map: ReadonlyMap<K, V>, test: (key: K, value: V) => boolean): boolean {
  for (const [key, value] of map) if (!test(key, value)) return false;
  return true;
}

/** The ids of the SDK utilities among the declarations (see the module comment). */
function utilities(declarations: readonly Declaration[], roles: ReadonlyMap<string, SdkRole>, facts: (declaration: Declaration) => Facts): Set<string> {
  const referrers = new Map<string, Set<string>>();
  const requestFields = new Map<string, number>();
  for (const declaration of declarations) {
    for (const id of facts(declaration).references) {
      const set = referrers.get(id) ?? new Set<string>();
      set.add(declaration.id);
      referrers.set(id, set);
    }
    if (declaration.kind === "model" && declaration.role === "request" && roles.get(declaration.id) === undefined) {
      for (const key of facts(declaration).fieldKeys) requestFields.set(key, (requestFields.get(key) ?? 0) + 1);
    }
  }
  const candidates = new Set<string>();
  for (const declaration of declarations) {
    if (declaration.kind !== "model" || declaration.role !== "shared" || roles.has(declaration.id)) continue;
    if (facts(declaration).vocabulary || globalParameters(facts(declaration), requestFields)) candidates.add(declaration.id);
  }
  // A candidate that an API declaration refers to is the API's (a webhook's retry policy); what only utilities refer to is theirs.
  const found = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const declaration of declarations) {
      if (found.has(declaration.id) || roles.has(declaration.id) || declaration.role !== "shared") continue;
      const from = referrers.get(declaration.id);
      const onlyUtilities = from !== undefined && from.size > 0 && everyOf(from, (id) => found.has(id));
      const unreferenced = from === undefined || everyOf(from, (id) => id === declaration.id || found.has(id));
      if ((candidates.has(declaration.id) && unreferenced) || onlyUtilities) {
        found.add(declaration.id);
        changed = true;
      }
    }
  }
  return found;
}

function everyOf<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
  for (const item of items) if (!test(item)) return false;
  return true;
}
