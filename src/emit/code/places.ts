/**
 * Where a type stands, as far as prettier's layout of it depends on it (a union in a property's
 * annotation indents when it breaks, one in a type argument does not; one in an array type takes
 * parentheses).
 */
export type TypePlace =
  /** after `:` in a property, parameter or variable, or a return type */
  | "annotation"
  /** the right-hand side of `type X =`, whose `=` does the indenting */
  | "alias"
  /** a type argument, `Record<string, here>` */
  | "type-argument"
  /** the element of an array type, `here[]` */
  | "array-element"
  /** a member of a union or an intersection */
  | "member";
