import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { writeFileSync } from 'node:fs';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { roundTo } from '../domain/assessment/display';
import type { LeagueTableRow } from '../domain/assessment/views';
import { labelOf } from '../domain/shared/labels';
import { EVENT_STORE, type EventStore } from '../infrastructure/event-store/event-store.port';
import { verifyIntegrity } from '../infrastructure/event-store/integrity/integrity-verifier';
import { ProblemException } from '../infrastructure/http/problem';
import { Projector } from '../infrastructure/projections/projector';
import { toLeagueTableView } from '../modules/assessment/assessment-views';
import { assessmentWorkbook } from '../modules/assessment/export/assessment-workbook';
import { AssessmentReader } from '../modules/assessment/queries/assessment-reader';
import { RecordAnchorCommand } from '../modules/audit/record-anchor.handler';
import { RegisterUserCommand } from '../modules/users/handlers/register-user.handler';
import { validBody } from '../modules/shared/use-case';
import { RegisterUserDto } from '../modules/users/users.dto';
import { type ParsedArgs, stringOption, UsageError } from './args';
import { quarter } from './quarter';
import { cliCommandContext } from './context';
import { Progress } from './progress';
import { formatTable, type TableColumn } from './table';

export interface CliIo {
  out: (line: string) => void;
  err: NodeJS.WriteStream;
}

/** Validates a DTO exactly as the HTTP layer does; a refusal is a usage error. */
export async function validDto<T extends object>(type: new () => T, plain: object): Promise<T> {
  try {
    return await validBody(type, plain);
  } catch (error) {
    if (!(error instanceof ProblemException)) throw error;
    const fields = error.problem.errors ?? [];
    throw new UsageError(fields.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

export async function createUser(
  app: INestApplicationContext,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const dto = await validDto(RegisterUserDto, {
    ...(typeof args.options.id === 'string' ? { id: args.options.id } : {}),
    name: stringOption(args, 'name'),
    role: stringOption(args, 'role'),
    scopeUnitId: stringOption(args, 'scope'),
  });
  const user = await app
    .get(CommandBus)
    .execute(new RegisterUserCommand({}, dto, cliCommandContext()));
  io.out(JSON.stringify(user, null, 2));
  if (user.token) io.err.write('The token is shown once; only its hash is stored.\n');
  return 0;
}

export async function verify(app: INestApplicationContext, io: CliIo): Promise<number> {
  const store = app.get<EventStore>(EVENT_STORE);
  // Positions need not count events (EventStoreDB's are byte offsets): count events, total unknown.
  const progress = new Progress('verify', null, io.err, undefined, 'events');
  const report = await verifyIntegrity(store, {
    onProgress: (checked) => progress.update(checked),
  });
  progress.finish(report.checked);
  io.out(JSON.stringify(report, null, 2));
  if (report.firstBreak) {
    const { kind, position, streamId, revision } = report.firstBreak;
    io.err.write(
      `integrity broken: first at position ${position} (${kind}, ${streamId} revision ${revision})\n`,
    );
  }
  return report.ok ? 0 : 1;
}

export async function anchor(app: INestApplicationContext, io: CliIo): Promise<number> {
  const recorded = await app.get(CommandBus).execute(new RecordAnchorCommand(cliCommandContext()));
  io.out(JSON.stringify(recorded, null, 2));
  return 0;
}

export async function rebuild(
  app: INestApplicationContext,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const runner = app.get(Projector);
  const names = (await runner.status()).map((status) => status.name);
  const unknown = args.positional.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new UsageError(`no projection ${unknown.join(', ')} (projections: ${names.join(', ')})`);
  }
  const head = await app.get<EventStore>(EVENT_STORE).lastPosition();
  await runner.rebuild(args.positional);
  const chosen = args.positional.length > 0 ? args.positional : names;
  const building = new Set(runner.progress().map((slot) => slot.name));
  const elsewhere = chosen.filter((name) => !building.has(name));
  if (elsewhere.length > 0) {
    io.err.write(
      `not rebuilt here: ${elsewhere.join(', ')} (another instance holds the projection lease; stop the service or rebuild there)\n`,
    );
    return 1;
  }
  // Progress through the log by position (not an event count on EventStoreDB).
  const progress = new Progress('rebuild', head, io.err, undefined, 'log position');
  for (;;) {
    const building = runner.progress().filter((slot) => slot.building);
    if (building.length === 0) break;
    progress.update(Math.min(...building.map((slot) => slot.position)));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  progress.finish(head);
  io.out(JSON.stringify(await runner.status(), null, 2));
  return 0;
}

const field = (name: string) => labelOf('resultField', name);
const mark = (flag: boolean) => (flag ? '是' : '');

/** The league table on a terminal, in Chinese, as the workbook's first sheet (rows of the JSON). */
const LEAGUE_COLUMNS: TableColumn<LeagueTableRow>[] = [
  { header: field('unitKind'), value: (r) => r.kindLabel },
  { header: field('rank'), value: (r) => r.rank },
  { header: field('unitName'), value: (r) => r.name },
  { header: field('unitId'), value: (r) => r.unitId },
  { header: field('score'), value: (r) => roundTo(r.score, 2).toFixed(2), align: 'right' },
  { header: field('grade'), value: (r) => r.gradeLabel },
  { header: field('vetoed'), value: (r) => mark(r.vetoed) },
  { header: field('yellowCard'), value: (r) => mark(r.yellowCard) },
];

export async function assessment(
  app: INestApplicationContext,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const year = Number(stringOption(args, 'year'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UsageError('--year must be a year');
  const format = stringOption(args, 'format', 'table');
  const head = await app.get<EventStore>(EVENT_STORE).lastPosition();
  if (!(await app.get(Projector).waitFor(head, 600_000)))
    throw new Error('projections did not catch up');
  const readAt = new Date();
  const out = typeof args.options.out === 'string' ? args.options.out : undefined;
  if (args.options.quarter !== undefined) return quarter(app, args, io, { year, readAt, out });
  const answer = await app.get(AssessmentReader).year(year, { now: readAt });
  const leagueTable = toLeagueTableView(answer);
  if (format === 'json') {
    // The same object as GET /assessments/:year answers.
    const json = JSON.stringify(leagueTable, null, 2);
    if (out) writeFileSync(out, `${json}\n`);
    else io.out(json);
  } else if (format === 'xlsx') {
    const file = out ?? `assessment-${year}.xlsx`;
    const heading = {
      year,
      issuingOffice: app.get<AppConfig>(APP_CONFIG).issuingOffice,
      finalized: answer.finalized,
      finalizedAt: answer.finalizedAt,
      readAt,
      asOf: null,
    };
    const quarters = await app.get(AssessmentReader).quarters(year, { now: readAt });
    writeFileSync(file, await assessmentWorkbook(heading, answer.results, quarters));
    io.err.write(`wrote ${file}\n`);
  } else if (format === 'table') {
    formatTable(LEAGUE_COLUMNS, leagueTable.units).forEach((line) => io.out(line));
  } else {
    throw new UsageError('--format must be table, json or xlsx');
  }
  return 0;
}
