/** JSON with object keys sorted recursively, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return arrayJson(value);
  return canonicalObjectJson(value as Record<string, unknown>);
}

/** canonicalJson of an object, leaving out the member `without` if given. */
export function canonicalObjectJson(record: Record<string, unknown>, without?: string): string {
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined || key === without) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

function arrayJson(items: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    out += items[i] === undefined ? 'null' : canonicalJson(items[i]);
  }
  return `${out}]`;
}
