/** Python (Speakeasy): `*str*`, `Optional[T]`, `List[T]`, `Dict[str, T]`, `Union[…]`, `[Optional[shared.X]](…)`. */
import { type DialectSpec, primitive } from "./dialect.js";

export const python: DialectSpec = {
  dialect: "python",
  names: {
    str: primitive.string,
    int: primitive.integer,
    float: primitive.number,
    Decimal: primitive.number,
    bool: primitive.boolean,
    // Speakeasy's Python docs link every date-time field as `[date](…#date-objects)`; the SDK type is datetime.
    // Other generators write `datetime` for date-only fields: either says "a date, perhaps with a time", loosely.
    date: primitive.looseDateTime,
    datetime: primitive.looseDateTime,
    Any: primitive.any,
    object: primitive.any,
    bytearray: primitive.binary,
    file_type: primitive.binary,
    none_type: primitive.null,
    bytes: primitive.binary,
    "io.BufferedReader": primitive.binary,
    "io.IOBase": primitive.binary,
    "httpx.Response": primitive.httpResponse,
    None: primitive.null,
  },
  generics: {
    List: "array",
    list: "array",
    Dict: "map",
    dict: "map",
    Optional: "nilable",
    Nullable: "nullable",
    OptionalNullable: "optional-nullable",
    Union: "union",
    IO: "binary",
  },
  marks: {},
  nullMember: "nilable",
  // `value: Dict[str, Any] = /* values here */` under a member heading (some generators leave the heading empty)
  unionMemberCode: /^\s*[A-Za-z_]\w*\s*:\s*(.+?)\s*=/m,
  nullability: "exact",
  notations: new Set(["N[]", "A.B", "A|B"]),
  optionalResponseIsBody: true,
  fieldAliases: { __pydantic_extra__: "additionalProperties" },
  evidence: { codeLanguages: ["python", "py"], linkHosts: ["docs.python.org"] },
};
