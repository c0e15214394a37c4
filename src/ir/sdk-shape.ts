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

/**
 * The transport data a field holds on its own: the raw transport object, or a ref to a model of them.
 * `byId` finds the declarations of the field's variant.
 */
function standaloneTransport(field: Field, byId: ReadonlyMap<string, Declaration>): TransportData | undefined {
  if (isRawTransport(field)) return "raw-response";
  const type = withoutNull(field.type);
  return type.kind === "ref" && isRawOnly(byId.get(type.target)) ? "http-metadata" : undefined;
}

/** The transport data a field of an envelope holds; undefined for its body. */
export function envelopeTransport(field: Field, byId: ReadonlyMap<string, Declaration>): TransportData | undefined {
  return standaloneTransport(field, byId) ?? exchangePart(field);
}

/** Whether a model is an envelope (see the module comment). */
export function isEnvelope(model: ModelDecl, byId: ReadonlyMap<string, Declaration>): boolean {
  if (model.fields.some((field) => standaloneTransport(field, byId) !== undefined)) return !isRawOnly(model) || !referencedAsMetadata(model, byId);
  if (model.role === "shared") return false;
  return new Set(model.fields.map(exchangePart).filter((part) => part !== undefined)).size >= 2;
}

/** Whether some field refers to this model of raw transport objects (it is then HTTP metadata, not an envelope). */
function referencedAsMetadata(model: ModelDecl, byId: ReadonlyMap<string, Declaration>): boolean {
  for (const declaration of byId.values()) {
    if (declaration.kind !== "model" || declaration === model) continue;
    if (declaration.fields.some((field) => withoutNull(field.type).kind === "ref" && (withoutNull(field.type) as { target: string }).target === model.id)) return true;
  }
  return false;
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
  const fieldWords = model.fields.map((field) => words(field.name));
  return UTILITY_VOCABULARIES.some(({ marks, words: vocabulary }) => {
    const all = [nameWords, ...fieldWords].flat();
    return all.every((word) => vocabulary.has(word)) && all.some((word) => marks.has(word));
  });
}

/** Global parameters: a model that says it is global, every field of which is a field of two or more operation requests. */
function globalParameters(model: ModelDecl, requestFields: ReadonlyMap<string, number>): boolean {
  if (!words(model.name).some((word) => word === "global" || word === "globals")) return false;
  return model.fields.length > 0 && model.fields.every((field) => (requestFields.get(matchKey(field.canonicalName)) ?? 0) >= 2);
}

/**
 * The declarations with their SDK roles and their envelopes' transport fields recorded (see the module
 * comment); the others as they are. References must be resolved.
 */
export function withSdkShape(declarations: readonly Declaration[]): Declaration[] {
  const byId = new Map(declarations.map((declaration) => [declaration.id, declaration]));
  const roles = new Map<string, SdkRole>();
  for (const declaration of declarations) {
    if (declaration.kind !== "model") continue;
    if (isEnvelope(declaration, byId)) roles.set(declaration.id, "envelope");
    else if (isRawOnly(declaration)) roles.set(declaration.id, "transport");
  }
  for (const id of utilities(declarations, roles)) roles.set(id, "utility");
  if (roles.size === 0) return [...declarations];
  return declarations.map((declaration) => {
    const role = roles.get(declaration.id);
    if (role === undefined) return declaration;
    if (role !== "envelope" || declaration.kind !== "model") return { ...declaration, sdk: role };
    const fields = declaration.fields.map((field) => {
      const transport = envelopeTransport(field, byId);
      return transport === undefined ? field : { ...field, transport };
    });
    return { ...declaration, sdk: role, fields };
  });
}

/** The ids of the SDK utilities among the declarations (see the module comment). */
function utilities(declarations: readonly Declaration[], roles: ReadonlyMap<string, SdkRole>): Set<string> {
  const referrers = new Map<string, Set<string>>();
  const requestFields = new Map<string, number>();
  for (const declaration of declarations) {
    for (const id of referencedIds(declaration)) {
      const set = referrers.get(id) ?? new Set<string>();
      set.add(declaration.id);
      referrers.set(id, set);
    }
    if (declaration.kind === "model" && declaration.role === "request" && roles.get(declaration.id) === undefined) {
      for (const key of new Set(declaration.fields.map((field) => matchKey(field.canonicalName)))) requestFields.set(key, (requestFields.get(key) ?? 0) + 1);
    }
  }
  const candidates = new Set<string>();
  for (const declaration of declarations) {
    if (declaration.kind !== "model" || declaration.role !== "shared" || roles.has(declaration.id)) continue;
    if (vocabularyUtility(declaration) || globalParameters(declaration, requestFields)) candidates.add(declaration.id);
  }
  // A candidate that an API declaration refers to is the API's (a webhook's retry policy); what only utilities refer to is theirs.
  const found = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const declaration of declarations) {
      if (found.has(declaration.id) || roles.has(declaration.id) || declaration.role !== "shared") continue;
      const from = referrers.get(declaration.id);
      const onlyUtilities = from !== undefined && from.size > 0 && [...from].every((id) => found.has(id));
      const unreferenced = from === undefined || [...from].every((id) => id === declaration.id || found.has(id));
      if ((candidates.has(declaration.id) && unreferenced) || onlyUtilities) {
        found.add(declaration.id);
        changed = true;
      }
    }
  }
  return found;
}
