/** The query parameters among `fields` that are given (a non-empty string), as equalities. */
export function givenFields<F extends object>(
  filter: F,
  fields: ReadonlyArray<keyof F & string>,
): Record<string, string> {
  const where: Record<string, string> = {};
  for (const field of fields) {
    const value = filter[field];
    if (typeof value === 'string' && value !== '') where[field] = value;
  }
  return where;
}

/** `?year=`, when given, as an equality on the documents' numeric `year`. */
export const yearField = (year: string | undefined): { year?: number } =>
  year ? { year: Number(year) } : {};
