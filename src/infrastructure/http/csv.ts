/**
 * A page of list items as CSV (RFC 4180) for spreadsheets: a UTF-8 byte order mark (Excel then
 * reads Chinese correctly), a header row of the items' fields, CRLF between records, and quotes
 * around a cell holding a comma, a quote or a line break.
 */
export const CSV_MEDIA_TYPE = 'text/csv';
export const CSV_CONTENT_TYPE = `${CSV_MEDIA_TYPE}; charset=utf-8`;

const BOM = '\uFEFF';
/** Separates the values of a list held in one cell. */
export const LIST_SEPARATOR = '; ';
/**
 * Text a spreadsheet would take for a formula (CSV injection): it is kept as text by a leading
 * apostrophe. Numbers are written as numbers (a negative one is no formula).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

type Scalar = string | number | boolean | null | undefined;

const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value);

const asText = (value: Scalar): string =>
  value === null || value === undefined ? '' : String(value);

/** The text of one cell: scalars as themselves, lists of scalars joined, anything else as JSON. */
export function cellText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = isScalar(value)
    ? asText(value)
    : Array.isArray(value) && value.every(isScalar)
      ? value.map(asText).join(LIST_SEPARATOR)
      : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const quoted = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** The fields of the items, in the order they first appear. */
function columnsOf(items: readonly object[]): string[] {
  const columns = new Set<string>();
  for (const item of items) for (const field of Object.keys(item)) columns.add(field);
  return [...columns];
}

/** The items as a CSV document (just the byte order mark when there are none). */
export function toCsv(items: readonly object[]): string {
  const columns = columnsOf(items);
  if (columns.length === 0) return BOM;
  const rows = [
    columns.map(cellText),
    ...items.map((item) =>
      columns.map((column) => cellText((item as Record<string, unknown>)[column])),
    ),
  ];
  return `${BOM}${rows.map((row) => row.map(quoted).join(',')).join('\r\n')}\r\n`;
}
