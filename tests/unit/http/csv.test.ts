import { parse } from 'csv-parse/sync';
import { toCsv } from '../../../src/infrastructure/http/csv';

const read = (csv: string) => parse(csv, { bom: true }) as string[][];

describe('a page of items as CSV', () => {
  it('starts with a byte order mark and writes a header of every field, first seen first', () => {
    const csv = toCsv([
      { id: 'a', name: '城关镇' },
      { id: 'b', kind: 'town' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(read(csv)).toEqual([
      ['id', 'name', 'kind'],
      ['a', '城关镇', ''],
      ['b', '', 'town'],
    ]);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const text = '他说："注意，安全"\r\n第二行';
    const csv = toCsv([{ text }]);
    expect(csv).toBe(`\uFEFFtext\r\n"他说：""注意，安全""\r\n第二行"\r\n`);
    expect(read(csv)[1]).toEqual([text]);
    expect(read(toCsv([{ a: 'x,y', b: 'say "hi"' }]))[1]).toEqual(['x,y', 'say "hi"']);
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    const [, row] = read(
      toCsv([{ a: '=1+1', b: '+86 10', c: '-x', d: '@SUM(A1)', e: '\tx', f: 'a=b', g: -5 }]),
    );
    expect(row).toEqual(["'=1+1", "'+86 10", "'-x", "'@SUM(A1)", "'\tx", 'a=b', '-5']);
  });

  it('writes numbers, booleans and nulls as themselves, lists joined and objects as JSON', () => {
    const [, row] = read(
      toCsv([
        {
          n: 12345.5,
          t: true,
          z: null,
          ids: ['E1', 'E2'],
          refs: [{ streamId: 'incident-I1', eventId: 'e' }],
          chain: { unitId: 'T1' },
          formulaList: ['=x', 'y'],
        },
      ]),
    );
    expect(row).toEqual([
      '12345.5',
      'true',
      '',
      'E1; E2',
      '[{"streamId":"incident-I1","eventId":"e"}]',
      '{"unitId":"T1"}',
      "'=x; y",
    ]);
  });

  it('writes the byte order mark alone for no items', () => {
    expect(toCsv([])).toBe('\uFEFF');
  });
});
