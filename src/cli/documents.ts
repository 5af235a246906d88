import type { INestApplicationContext } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { writeFileSync } from 'node:fs';
import { EVENT_STORE, type EventStore } from '../infrastructure/event-store/event-store.port';
import { Projector } from '../infrastructure/projections/projector';
import { AsOfQueryDto } from '../modules/assessment/assessment.query-dto';
import {
  type PrintedDocument,
  UnitNoticeQuery,
  YearReportQuery,
} from '../modules/assessment/queries/document.queries';
import { type ParsedArgs, stringOption, UsageError } from './args';
import { type CliIo, validDto } from './commands';
import { cliCommandContext } from './context';

/** `--year`, and `--as-of` checked as the HTTP reads check `?asOf=`. */
async function documentOptions(args: ParsedArgs) {
  const year = Number(stringOption(args, 'year'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UsageError('--year must be a year');
  const asOf = args.options['as-of'];
  const options = await validDto(AsOfQueryDto, typeof asOf === 'string' ? { asOf } : {});
  return { year, options };
}

export async function caughtUp(app: INestApplicationContext): Promise<void> {
  const head = await app.get<EventStore>(EVENT_STORE).lastPosition();
  if (!(await app.get(Projector).waitFor(head, 600_000)))
    throw new Error('projections did not catch up');
}

function write(file: string, document: PrintedDocument, io: CliIo): number {
  writeFileSync(file, document.pdf);
  io.out(`wrote ${file} (${document.title}, ${document.pdf.length} bytes)`);
  return 0;
}

/** `notice --year YYYY --unit ID [--as-of TIME] [--out FILE]`: 考核结果通知书 as a PDF. */
export async function notice(
  app: INestApplicationContext,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const { year, options } = await documentOptions(args);
  const unitId = stringOption(args, 'unit');
  const file = stringOption(args, 'out', `assessment-${year}-${unitId}-notice.pdf`);
  await caughtUp(app);
  const document: PrintedDocument = await app
    .get(QueryBus)
    .execute(new UnitNoticeQuery(year, unitId, options));
  return write(file, document, io);
}

/** `report --year YYYY [--as-of TIME] [--out FILE]`: the year's report (every unit) as a PDF. */
export async function report(
  app: INestApplicationContext,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const { year, options } = await documentOptions(args);
  const file = stringOption(args, 'out', `assessment-${year}-report.pdf`);
  await caughtUp(app);
  const document: PrintedDocument = await app
    .get(QueryBus)
    .execute(new YearReportQuery(year, options, cliCommandContext().actor));
  return write(file, document, io);
}
