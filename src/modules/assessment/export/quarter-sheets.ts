import { labelOf } from '../../../domain/shared/labels';
import type { QuarterStandings } from '../queries/quarter-answer';
import { type Column, cstDateTime } from './sheet-layout';

const field = (name: string) => labelOf('resultField', name);
const yesNo = (flag: boolean) => (flag ? '是' : '否');

/** The sheet's name: 第一季度考评 …. */
export const quarterSheetName = (standings: QuarterStandings): string =>
  `${standings.quarterLabel}考评`;

/**
 * A quarter's standings (季度考评) as a sheet: each unit's rank, score, grade and change against
 * the previous quarter (blank in the first quarter or for a unit not assessed then), with the
 * quarter's reference date (its end, or the reading time if earlier) in China Standard Time.
 */
export function quarterSheet(standings: QuarterStandings) {
  const columns: Column[] = [
    { header: field('unitKind'), key: 'kind', width: 12 },
    { header: field('rank'), key: 'rank', width: 6, numFmt: '0' },
    { header: field('unitName'), key: 'name', width: 24, wrap: true },
    { header: field('unitId'), key: 'unitId', width: 12 },
    { header: field('score'), key: 'score', width: 9, numFmt: '0.00' },
    { header: field('previousScore'), key: 'previousScore', width: 10, numFmt: '0.00' },
    { header: field('change'), key: 'change', width: 10, numFmt: '+0.00;-0.00;0.00' },
    { header: field('grade'), key: 'grade', width: 8 },
    { header: field('vetoed'), key: 'vetoed', width: 9 },
    { header: field('yellowCard'), key: 'yellowCard', width: 9 },
    { header: field('referenceDate'), key: 'referenceDate', width: 17 },
  ];
  const rows = standings.units.map((u) => ({
    kind: u.kindLabel,
    rank: u.rank,
    name: u.name,
    unitId: u.unitId,
    score: u.score,
    previousScore: u.previousScore,
    change: u.change,
    grade: u.gradeLabel,
    vetoed: yesNo(u.vetoed),
    yellowCard: yesNo(u.yellowCard),
    referenceDate: cstDateTime(u.referenceDate),
  }));
  return { columns, rows };
}
