import pino from 'pino';
import { ConfigError, loadConfig } from '../config/app-config';
import { parseArgs, UsageError } from './args';
import { anchor, assessment, type CliIo, createUser, rebuild, verify } from './commands';
import { cliContext } from './context';
import { notice, report } from './documents';
import { dossier } from './dossier';
import { demo, demoOptions } from './demo/run-demo';
import { verifyEvidenceFile } from './verify-evidence';

export const USAGE = `usage: safety <command> [options]   (npm run cli -- <command> …)

  demo [--year 2025] [--scale district|city|province] [--seed 42]
                                         generate a realistic, reproducible year into an empty store,
                                         every command through the service's command handlers
  users create --name NAME --role admin|office|inspector|reporter|auditor --scope UNIT [--id ID]
  verify                                 recompute every hash chain and the latest anchor
  anchor                                 record an integrity anchor now
  verify-evidence FILE [--expect-root HEX]
                                         verify an incident's evidence bundle offline (no store):
                                         every hash, chain link and inclusion proof (docs/evidence.md)
  rebuild [projection…]                  rebuild projections into new generations (all when none named)
  assessment --year YYYY [--format table|json|xlsx] [--out FILE]
                                         the league table in Chinese; json (the answer of
                                         GET /api/v1/assessments/YYYY) to stdout or FILE;
                                         xlsx to FILE (default assessment-YYYY.xlsx, with a sheet
                                         per quarter)
  assessment --year YYYY --quarter 1-4 [--format table|json] [--out FILE]
                                         the quarter's standings (季度考评) at its end, with each
                                         unit's change against the previous quarter (json: the
                                         answer of GET /api/v1/assessments/YYYY/quarters/Q)
  notice --year YYYY --unit UNIT [--as-of TIME] [--out FILE]
                                         a unit's 考核结果通知书 as an A4 PDF
  report --year YYYY [--as-of TIME] [--out FILE]
                                         the year's 考核结果报告 (every unit) as an A4 PDF
  dossier PERSON [--format table|json|xlsx] [--from TIME] [--to TIME] [--as-of TIME] [--out FILE]
                                         a person's 履职档案 (纪检监察): posts, agreements, incidents,
                                         findings, actions, bars, overdue major hazards; table to
                                         stdout (json with every line's events; xlsx to FILE)

The stores come from the same environment as the service (DATA_DIR, EVENT_STORE, READ_STORE, …).
Data goes to stdout, progress and messages to stderr; through npm, keep npm's own lines out of
stdout with -s: npm run -s cli -- assessment --year 2025 --format json > results.json
Exit codes: 0 ok, 1 failure (e.g. a broken hash chain), 2 usage or configuration error.`;

/** A command that opens no store: after its name, its arguments alone. */
function offline(run: () => number, args: ReturnType<typeof parseArgs>, io: CliIo): number {
  args.positional.splice(0, 1);
  try {
    return run();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
}

/** Runs one CLI command; returns the exit code. */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CliIo = { out: (line) => process.stdout.write(`${line}\n`), err: process.stderr },
): Promise<number> {
  const args = parseArgs(argv);
  const [command, sub] = args.positional;
  if (args.options.help || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (!command) {
    io.err.write(`${USAGE}\n`);
    return 2;
  }
  if (command === 'verify-evidence') return offline(() => verifyEvidenceFile(args, io), args, io);
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const logger = pino({ level: env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const known = [
    'demo',
    'users',
    'verify',
    'anchor',
    'rebuild',
    'assessment',
    'notice',
    'report',
    'dossier',
  ];
  if (!known.includes(command) || (command === 'users' && sub !== 'create')) {
    io.err.write(`unknown command: ${argv.join(' ')}\n\n${USAGE}\n`);
    return 2;
  }
  args.positional.splice(0, command === 'users' ? 2 : 1);
  if (command === 'demo') {
    try {
      demoOptions(args); // refused before any store is opened
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
  }
  const app = await cliContext(config, logger);
  try {
    switch (command) {
      case 'demo':
        return await demo(app, args, io);
      case 'users':
        return await createUser(app, args, io);
      case 'verify':
        return await verify(app, io);
      case 'anchor':
        return await anchor(app, io);
      case 'rebuild':
        return await rebuild(app, args, io);
      case 'notice':
        return await notice(app, args, io);
      case 'report':
        return await report(app, args, io);
      case 'dossier':
        return await dossier(app, args, io);
      default:
        return await assessment(app, args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.err.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await app.close();
  }
}
