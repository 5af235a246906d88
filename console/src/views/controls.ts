import { h } from '../dom';
import { cstYear } from '../format';

/** The assessment year: this year and the four before it (and `year`, if older). */
export function yearSelect(year: number, choose: (year: number) => void): HTMLLabelElement {
  const now = cstYear();
  const years = [...new Set([now, now - 1, now - 2, now - 3, now - 4, year])].sort((a, b) => b - a);
  const select = h(
    'select',
    { name: 'year', 'aria-label': '年度', onchange: () => choose(Number(select.value)) },
    years.map((y) => h('option', { value: y, selected: y === year }, `${y} 年`)),
  );
  return h('label', null, '年度 ', select);
}
