import type { QuarterStandings } from '../queries/quarter-answer';
import { field, RANKED_UNIT, VERDICT, yesNo } from './ranked-columns';
import { type Column, cstDateTime } from './sheet-layout';

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
    ...RANKED_UNIT,
    { header: field('previousScore'), key: 'previousScore', width: 10, numFmt: '0.00' },
    { header: field('change'), key: 'change', width: 10, numFmt: '+0.00;-0.00;0.00' },
    ...VERDICT,
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
