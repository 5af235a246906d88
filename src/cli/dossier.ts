import type { INestApplicationContext } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { writeFileSync } from 'node:fs';
import { ProblemException } from '../infrastructure/http/problem';
import { ReadModels } from '../infrastructure/projections/read-models';
import { dossierSheets, type Row } from '../modules/inquiries/export/dossier-sheets';
import { DossierWorkbookQueryDto } from '../modules/inquiries/persons.query-dto';
import {
  type DossierAnswer,
  DossierQuery,
  DossierWorkbookQuery,
  unitNamesOf,
} from '../modules/inquiries/queries/dossier.query';
import { type ParsedArgs, stringOption, UsageError } from './args';
import { type CliIo, validDto } from './commands';
import { cliCommandContext } from './context';
import { caughtUp } from './documents';
import { formatTable } from './table';

/** One line of a table cell: the lines of a cell joined. */
const cell = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\n/g, '；');

/**
 * The dossier's sections on a terminal, as the workbook's sheets: a heading per section that has
 * lines, then its table (without the events, which `--format json` and `xlsx` carry).
 */
function tables(answer: DossierAnswer, names: Record<string, string>): string[] {
  return dossierSheets(answer, names).flatMap(([name, { columns, rows }]) => {
    if (rows.length === 0) return [];
    const shown = columns
      .filter((c) => c.key !== 'events')
      .map((c) => ({ header: c.header, value: (row: Row) => cell(row[c.key]) }));
    return ['', `【${name}】`, ...formatTable(shown, rows as readonly Row[])];
  });
}

/**
 * `dossier <personId> [--format table|json|xlsx] [--from T] [--to T] [--as-of T] [--out FILE]`:
 * a person's dossier (人员履职档案) as the service's admin reads it.
 */
export async function dossier(
  app: INestApplicationContext,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const [personId] = args.positional;
  if (!personId) throw new UsageError('dossier needs a person id');
  const format = stringOption(args, 'format', 'table');
  if (!['table', 'json', 'xlsx'].includes(format)) {
    throw new UsageError('--format must be table, json or xlsx');
  }
  const given = (name: string) =>
    typeof args.options[name] === 'string'
      ? { [name === 'as-of' ? 'asOf' : name]: args.options[name] }
      : {};
  const filter = await validDto(DossierWorkbookQueryDto, {
    ...given('from'),
    ...given('to'),
    ...given('as-of'),
  });
  await caughtUp(app);
  const { actor } = cliCommandContext();
  const query = { from: filter.from, to: filter.to, asOf: filter.asOf };
  try {
    if (format === 'xlsx') {
      const file = stringOption(args, 'out', `dossier-${personId}.xlsx`);
      const workbook: Buffer = await app
        .get(QueryBus)
        .execute(new DossierWorkbookQuery(personId, query, actor));
      writeFileSync(file, workbook);
      io.err.write(`wrote ${file}\n`);
      return 0;
    }
    const answer: DossierAnswer = await app
      .get(QueryBus)
      .execute(new DossierQuery(personId, query, actor));
    if (format === 'json') io.out(JSON.stringify(answer, null, 2));
    else {
      io.out(`${answer.names.join('、') || personId}（${personId}）安全生产履职档案`);
      tables(answer, await unitNamesOf(app.get(ReadModels), answer)).forEach((l) => io.out(l));
    }
    return 0;
  } catch (error) {
    if (error instanceof ProblemException && error.problem.status === 404) {
      io.err.write(`${error.problem.detail}\n`);
      return 1;
    }
    throw error;
  }
}
