import stringWidth from 'string-width';
import { formatTable } from '../../../src/cli/table';

interface Row {
  name: string;
  score: number;
}

const columns = [
  { header: '单位', value: (r: Row) => r.name },
  { header: '得分', value: (r: Row) => r.score },
  { header: 'note', value: (r: Row) => (r.score > 80 ? '是' : '') },
];

/** The screen column where each cell of a line starts (CJK characters take two). */
const starts = (line: string, cells: readonly string[]): number[] => {
  let from = 0;
  return cells.map((cell) => {
    const at = line.indexOf(cell, from);
    from = at + cell.length;
    return stringWidth(line.slice(0, at));
  });
};

describe('CLI tables', () => {
  it('aligns columns by display width, CJK characters counting two columns', () => {
    const lines = formatTable(columns, [
      { name: '城关镇', score: 91.5 },
      { name: 'Xinhua Road Subdistrict', score: 7 },
      { name: '经济技术开发区管委会', score: 80 },
    ]);
    expect(lines).toEqual([
      `单位${' '.repeat(19)}  得分  note`,
      `${'-'.repeat(23)}  ----  ----`,
      `城关镇${' '.repeat(17)}  91.5  是`,
      'Xinhua Road Subdistrict     7',
      `经济技术开发区管委会${' '.repeat(3)}    80`,
    ]);
    // Each column starts at the same screen column on every line.
    const noteColumn = starts(lines[0], ['单位', '得分', 'note'])[2];
    expect(starts(lines[2], ['城关镇', '91.5', '是'])[2]).toBe(noteColumn);
  });

  it('left-aligns text cells and starts each column at the same screen column', () => {
    const lines = formatTable(
      [
        { header: '等次', value: (r: { g: string; u: string }) => r.g },
        { header: '单位', value: (r: { g: string; u: string }) => r.u },
      ],
      [
        { g: '不合格', u: 'T1' },
        { g: '优秀', u: '城关镇' },
      ],
    );
    expect(lines).toEqual(['等次    单位', '------  ------', '不合格  T1', '优秀    城关镇']);
  });
});
