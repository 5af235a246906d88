import type { INestApplicationContext } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { roundTo } from '../domain/assessment/display';
import { QUARTERS } from '../domain/assessment/quarters';
import { labelOf } from '../domain/shared/labels';
import { AssessmentReader } from '../modules/assessment/queries/assessment-reader';
import type { QuarterRow } from '../modules/assessment/queries/quarter-answer';
import { cstDateTime } from '../modules/assessment/export/sheet-layout';
import { type ParsedArgs, stringOption, UsageError } from './args';
import type { CliIo } from './commands';
import { formatTable, type TableColumn } from './table';

const field = (name: string) => labelOf('resultField', name);
const mark = (flag: boolean) => (flag ? '是' : '');
const points = (value: number | null, sign = false) =>
  value === null ? '' : `${sign && value > 0 ? '+' : ''}${roundTo(value, 2).toFixed(2)}`;

/** A quarter's standings on a terminal, as the workbook's quarter sheet. */
const QUARTER_COLUMNS: TableColumn<QuarterRow>[] = [
  { header: field('unitKind'), value: (r) => r.kindLabel },
  { header: field('rank'), value: (r) => r.rank },
  { header: field('unitName'), value: (r) => r.name },
  { header: field('unitId'), value: (r) => r.unitId },
  { header: field('score'), value: (r) => points(r.score), align: 'right' },
  { header: field('previousScore'), value: (r) => points(r.previousScore), align: 'right' },
  { header: field('change'), value: (r) => points(r.change, true), align: 'right' },
  { header: field('grade'), value: (r) => r.gradeLabel },
  { header: field('vetoed'), value: (r) => mark(r.vetoed) },
  { header: field('yellowCard'), value: (r) => mark(r.yellowCard) },
];

/** `assessment --year YYYY --quarter Q [--format table|json] [--out FILE]`: 季度考评. */
export async function quarter(
  app: INestApplicationContext,
  args: ParsedArgs,
  io: CliIo,
  { year, readAt, out }: { year: number; readAt: Date; out: string | undefined },
): Promise<number> {
  const q = QUARTERS.find((n) => String(n) === args.options.quarter);
  if (q === undefined) throw new UsageError('--quarter must be 1, 2, 3 or 4');
  const format = stringOption(args, 'format', 'table');
  if (format !== 'table' && format !== 'json') {
    throw new UsageError('--format must be table or json with --quarter (xlsx has every quarter)');
  }
  const standings = (await app.get(AssessmentReader).quarters(year, { now: readAt }))[q - 1];
  if (format === 'json') {
    const json = JSON.stringify(standings, null, 2);
    if (out) writeFileSync(out, `${json}\n`);
    else io.out(json);
    return 0;
  }
  io.out(
    `${year}年${standings.quarterLabel}考评（截至 ${cstDateTime(standings.referenceDate)} 北京时间）`,
  );
  formatTable(QUARTER_COLUMNS, standings.units).forEach((line) => io.out(line));
  return 0;
}
