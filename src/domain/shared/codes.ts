/** A guard for the members of a list of codes (declared `as const`). */
export const memberOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

/** A guard for the `code`s of a list of coded labels (declared `as const`). */
export const codeOf =
  <T extends string>(list: readonly { readonly code: T }[]) =>
  (value: unknown): value is T =>
    list.some((item) => item.code === value);
