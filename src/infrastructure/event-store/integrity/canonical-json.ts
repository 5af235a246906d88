/**
 * JSON with object keys sorted recursively, so equal values always hash the same. A JSON value
 * (what events hold) reads back as `JSON.stringify` writes it, so events are stored as this text;
 * a value that JSON writes through `toJSON` (a Date) is refused rather than written as `{}`:
 * write its ISO string instead.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return arrayJson(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const kind = (value as object).constructor?.name ?? 'value with toJSON';
    throw new TypeError(`canonical JSON takes plain JSON values, not a ${kind}`);
  }
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
