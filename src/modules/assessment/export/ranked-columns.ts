import { labelOf } from '../../../domain/shared/labels';
import type { Column } from './sheet-layout';

export const field = (name: string) => labelOf('resultField', name);
export const yesNo = (flag: boolean) => (flag ? '是' : '否');

/** A ranked line's unit, the first columns of a league table and of a quarter's standings. */
export const RANKED_UNIT: readonly Column[] = [
  { header: field('unitKind'), key: 'kind', width: 12 },
  { header: field('rank'), key: 'rank', width: 6, numFmt: '0' },
  { header: field('unitName'), key: 'name', width: 24, wrap: true },
  { header: field('unitId'), key: 'unitId', width: 12 },
  { header: field('score'), key: 'score', width: 9, numFmt: '0.00' },
];

/** A ranked line's verdict: grade, one-vote veto (一票否决) and yellow card. */
export const VERDICT: readonly Column[] = [
  { header: field('grade'), key: 'grade', width: 8 },
  { header: field('vetoed'), key: 'vetoed', width: 9 },
  { header: field('yellowCard'), key: 'yellowCard', width: 9 },
];
