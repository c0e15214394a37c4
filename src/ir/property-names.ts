/**
 * The property name each field of a model gets under a naming policy. Two fields of one model can map
 * to one name (`HookURL`, `hook_url` and `HookUrl` are all `hookUrl` in camel case); an object cannot
 * hold a key twice, so the first keeps the name and each later one gets the first free `<name>2`,
 * `<name>3`…, in the docs' order, and {@link namingCollisions} says so at the later field's row.
 */
import { emittedFieldName, type FieldNaming } from "./naming.js";
import type { Declaration, Diagnostic, Field, ModelDecl, TypeExpr } from "./types.js";
import { wireType } from "./wire-type.js";

/** A field on the wire with its property name. */
export interface NamedField {
  readonly field: Field;
  /** The property name, unique in the model (unquoted). */
  readonly key: string;
  /** The field's type on the wire. */
  readonly type: TypeExpr;
  /** When the naming gave this field an earlier field's name: that field, and the name both map to. */
  readonly collision?: { readonly with: Field; readonly name: string };
}

/**
 * A model's fields on the wire (SDK-only fields left out), each with a property name of its own. A pure
 * function: the emitter works them out once per run (emit/view.ts), and so does the run's collision check.
 */
export function namedFields(model: ModelDecl, naming: FieldNaming): NamedField[] {
  const onTheWire: { field: Field; type: TypeExpr; name: string }[] = [];
  for (const field of model.fields) {
    const type = wireType(field.type);
    if (type !== undefined) onTheWire.push({ field, type, name: emittedFieldName(field, naming) });
  }
  // Every natural name is reserved first, so that `hookUrl2` never takes the name of a later `HookUrl2`.
  const taken = new Set(onTheWire.map(({ name }) => name));
  const owners = new Map<string, Field>();
  return onTheWire.map(({ field, type, name }): NamedField => {
    const owner = owners.get(name);
    if (owner === undefined) {
      owners.set(name, field);
      return { field, key: name, type };
    }
    let suffix = 2;
    while (taken.has(`${name}${suffix}`)) suffix++;
    const key = `${name}${suffix}`;
    taken.add(key);
    return { field, key, type, collision: { with: owner, name } };
  });
}

/** A warning for every field whose property name was changed because an earlier field has it. */
export function namingCollisions(declarations: readonly Declaration[], naming: FieldNaming): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const declaration of declarations) {
    if (declaration.kind !== "model") continue;
    for (const { field, key, collision } of namedFields(declaration, naming)) {
      if (collision === undefined) continue;
      diagnostics.push({
        severity: "warning",
        code: "property-name-collision",
        message: `expected field names that stay distinct under ${naming} naming, found "${field.name}" and "${collision.with.name}" (line ${collision.with.source.line}), both "${collision.name}"; "${field.name}" is emitted as "${key}"`,
        source: field.source,
      });
    }
  }
  return diagnostics;
}
