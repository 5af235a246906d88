import stringWidth from 'string-width';

export type Align = 'left' | 'right';

export interface TableColumn<Row> {
  header: string;
  value: (row: Row) => string | number;
  /** Numbers are right-aligned unless told. */
  align?: Align;
}

/** Columns apart by two spaces; a cell's width is its display width (a CJK character takes two). */
const GAP = '  ';

const pad = (text: string, width: number, align: Align): string => {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? `${fill}${text}` : `${text}${fill}`;
};

/**
 * A plain-text table for a terminal: a header line, a rule, then one line per row, each column as
 * wide as its widest cell on screen. Trailing spaces are trimmed.
 */
export function formatTable<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): string[] {
  const cells = rows.map((row) => columns.map((c) => String(c.value(row))));
  const aligns = columns.map(
    (c) => c.align ?? (rows.length > 0 && typeof c.value(rows[0]) === 'number' ? 'right' : 'left'),
  );
  const widths = columns.map((c, i) =>
    Math.max(stringWidth(c.header), ...cells.map((line) => stringWidth(line[i]))),
  );
  const line = (texts: readonly string[]) =>
    texts
      .map((text, i) => pad(text, widths[i], aligns[i]))
      .join(GAP)
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    widths.map((w) => '-'.repeat(w)).join(GAP),
    ...cells.map(line),
  ];
}
