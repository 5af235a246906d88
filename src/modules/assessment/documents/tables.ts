import type { Content, TableCell } from 'pdfmake/interfaces';
import { roundPoints } from '../../../domain/assessment/display';
import type { EventRef } from '../../../domain/assessment/facts';
import { LABELS, labelOf } from '../../../domain/shared/labels';
import { withoutUnsafeCharacters } from '../../../infrastructure/http/safe-text';

export interface Column {
  header: string;
  /** Points, `*` for the column taking the rest, `auto` for its content's width. */
  width: number | '*' | 'auto';
  align?: 'left' | 'center' | 'right';
}

/** A column header: the catalogue's label of the result field the column shows. */
export const label = (field: keyof (typeof LABELS)['resultField']): string =>
  labelOf('resultField', field);

/** Text recorded before requests were checked may hold characters that are not text. */
export const clean = (text: string): string => withoutUnsafeCharacters(text);

/**
 * A table whose header row is repeated at the top of every page it runs onto; rows are not split
 * across pages. An empty table is the word 无.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  fontSize = 9,
): Content {
  if (rows.length === 0) return { text: '无', margin: [0, 0, 0, 4] };
  const cell = (text: string, column: Column): TableCell => ({
    text: clean(text),
    alignment: column.align ?? 'left',
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((c) => c.width),
      body: [
        columns.map((c): TableCell => ({ text: c.header, style: 'tableHeader' })),
        ...rows.map((row) => row.map((text, i) => cell(text, columns[i]))),
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#999999',
      vLineColor: () => '#999999',
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize,
    margin: [0, 0, 0, 6],
  };
}

/** Points with two decimals, signed where they add or deduct (`+2.00`, `-10.00`). */
export const signedPoints = (points: number): string => {
  const rounded = roundPoints(points);
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(2)}`;
};

export const points = (value: number): string => roundPoints(value).toFixed(2);

export const yesNo = (flag: boolean): string => (flag ? '是' : '否');

/** 暂定 where the line rests on an incident whose nature (事故性质) is not yet concluded. */
export const provisionalMark = (provisional: boolean): string => (provisional ? '暂定' : '');

/** The events of a line, compactly: each stream once, its event ids after it. */
export function eventLines(events: readonly EventRef[]): string {
  const byStream = new Map<string, string[]>();
  for (const { streamId, eventId } of events) {
    const ids = byStream.get(streamId) ?? [];
    if (!ids.includes(eventId)) ids.push(eventId);
    byStream.set(streamId, ids);
  }
  return [...byStream].map(([stream, ids]) => `${stream}：${ids.join('，')}`).join('\n');
}
