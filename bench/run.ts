/**
 * `npm run bench` (full) or `npm run bench -- --quick` (under 3 minutes): measures the service on
 * the embedded SQLite stores, prints a table with each figure's target and pass/miss, and writes
 * bench/results/latest.json.
 *
 * Options: --quick, --events <n> (province store size), --duration <s> (HTTP load),
 * --keep (keep the temporary data directory), --dir <path> (use this directory for the data),
 * --reuse (with --dir: use the stores already written there), --only append,rebuild,list,http,asof,
 * --out <file> (instead of bench/results/latest.json).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SqliteEventStore } from '../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { upcasters } from '../src/infrastructure/event-store/upcasting/upcasters';
import { type AppendVsRawResult, measureAppendVsRaw, templatesFrom } from './append-vs-raw';
import { type AsOfResult, measureAsOf } from './as-of';
import { type AssessmentListResult, measureAssessmentList } from './assessment-list';
import { existingStore, type GeneratedStore, generateStore } from './data/generate';
import { DISTRICT_TREE, PROVINCE_TREE } from './data/tree';
import { type Enterprise, type HttpLoadResult, runHttpLoad } from './http-load';
import { LagProbe, type LagResult } from './lag';
import { measureRebuild, type RebuildResult } from './rebuild';
import { machineInfo } from './support/machine';
import { startServer } from './support/server';
import { serverCpu, threadCpuSeconds } from './support/thread-cpu';
import { round } from './support/stats';

const PHASES = ['append', 'rebuild', 'list', 'http', 'asof'] as const;
type Phase = (typeof PHASES)[number];

interface Options {
  phases: Set<Phase>;
  /** Use the stores already in --dir instead of writing them again. */
  reuse: boolean;
  quick: boolean;
  events: number;
  durationSec: number;
  keep: boolean;
  dir: string | null;
  /** Where to write the results; default bench/results/latest.json. */
  out: string | null;
}

function parseOptions(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only')?.split(',') ?? [...PHASES];
  return {
    phases: new Set(PHASES.filter((p) => only.includes(p))),
    reuse: argv.includes('--reuse'),
    quick,
    events: Number(value('--events') ?? (quick ? 200_000 : 1_000_000)),
    durationSec: Number(value('--duration') ?? (quick ? 10 : 30)),
    keep: argv.includes('--keep'),
    dir: value('--dir') ?? null,
    out: value('--out') ?? null,
  };
}

const ASSESSED_UNITS = 2_000;
const DISTRICT_EVENTS = 100_000;
const DISTRICT_ASSESSED = 400;
const CONNECTIONS = 32;

type Figure = {
  key: string;
  phase: Phase;
  label: string;
  value: number | null;
  unit: string;
  target: string;
  pass: (v: number) => boolean;
};

/** Profiling only, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
const serverNodeArgs = (): string[] =>
  (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const work = options.dir ? resolve(options.dir) : mkdtempSync(join(tmpdir(), 'safety-bench-'));
  mkdirSync(work, { recursive: true });
  const provinceDir = join(work, 'province');
  const districtDir = join(work, 'district');
  mkdirSync(provinceDir, { recursive: true });
  mkdirSync(districtDir, { recursive: true });
  const machine = machineInfo();
  const loadAtStart = loadavg();
  log(
    `bench (${options.quick ? 'quick' : 'full'}) in ${work} on ${machine.cpuModel} ×${machine.cores}, node ${machine.node}`,
  );

  const details: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const attempt = async <T>(name: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      errors[name] = String((error as Error).message ?? error);
      log(`  ${name} FAILED: ${errors[name]}`);
      return null;
    }
  };

  // 1. The province store (events written directly through SqliteEventStore.append).
  const provinceOptions = {
    file: join(provinceDir, 'events.db'),
    tree: PROVINCE_TREE,
    targetEvents: options.events,
    assessedUnits: ASSESSED_UNITS,
    onProgress: (n: number) => log(`  ${n.toLocaleString('en')} events`),
  };
  const reused = options.reuse ? await existingStore(provinceOptions) : null;
  if (!reused)
    log(`generating ~${options.events.toLocaleString('en')} events (province-like tree) …`);
  const province = reused ?? (await generateStore(provinceOptions));
  if (!reused) details.provinceStore = describeStore(province);
  log(`  ${province.events.toLocaleString('en')} events in ${(province.ms / 1000).toFixed(1)} s`);

  // 2. Append throughput vs raw inserts.
  const append = !options.phases.has('append')
    ? null
    : await attempt('append', async () => {
        log('append vs raw …');
        const store = new SqliteEventStore({ file: province.file, upcasters });
        const sample = await store.readAll(Math.floor(province.events / 3), { limit: 20_000 });
        await store.close();
        return measureAppendVsRaw({
          dir: join(work, 'append'),
          templates: templatesFrom(sample),
          batches: options.quick ? 300 : 1_000,
          rounds: options.quick ? 3 : 5,
        });
      });
  details.append = append;

  // 3. Full rebuild of every projection, in a child process.
  const rebuild = !options.phases.has('rebuild')
    ? null
    : await attempt('rebuild', () => {
        log('rebuild of all projections …');
        return measureRebuild({ eventsFile: province.file, dataDir: provinceDir });
      });
  details.rebuild = rebuild;
  if (rebuild)
    log(
      `  ${rebuild.eventsPerSec} events/s (reading the log alone: ${rebuild.readOnlyEventsPerSec}/s), peak RSS ${rebuild.peakRssMb} MB, longest event-loop stall ${rebuild.longestEventLoopStallMs} ms`,
    );

  // 4. The real server on the province store: league table, then the HTTP load with the lag probe.
  let list: AssessmentListResult | null = null;
  let load: HttpLoadResult | null = null;
  let lag: LagResult | null = null;
  const enterprises: Enterprise[] = province.tree.enterprises.map((e) => ({
    id: e.id,
    industry: e.industry!,
  }));
  if (options.phases.has('list') || options.phases.has('http'))
    await attempt('server', async () => {
      log('starting the server on the province store …');
      const server = await startServer({ dataDir: provinceDir, nodeArgs: serverNodeArgs() });
      try {
        if (options.phases.has('list'))
          list = await attempt('assessmentList', () =>
            measureAssessmentList(server.client, {
              year: province.lastYear,
              expectedUnits: ASSESSED_UNITS,
              warmup: options.quick ? 2 : 3,
              samples: options.quick ? 5 : 20,
              enterpriseId: enterprises[0].id,
            }),
          );
        if (!options.phases.has('http')) return;
        log(`HTTP load: ${CONNECTIONS} connections, ${options.durationSec} s …`);
        const probe = new LagProbe(server.client, enterprises);
        const cpuBefore = threadCpuSeconds(server.pid);
        const loadStarted = Date.now();
        probe.start();
        load = await attempt('httpLoad', () =>
          runHttpLoad({
            port: server.port,
            connections: CONNECTIONS,
            durationSec: options.durationSec,
            enterprises,
            workDir: work,
          }),
        );
        lag = await probe.stop();
        const cpu = serverCpu(
          server.pid,
          cpuBefore,
          threadCpuSeconds(server.pid),
          (Date.now() - loadStarted) / 1000,
          (load?.status2xx ?? 0) + (lag?.samples ?? 0) * 2,
        );
        details.serverCpuDuringLoad = cpu;
        log(
          `  server CPU ${cpu.processPercentOfCore}% of a core (main thread ${cpu.mainThreadPercentOfCore}%): ` +
            `${cpu.msPerCommand.process} ms per command (main thread ${cpu.msPerCommand.mainThread}, ` +
            `busiest other thread ${cpu.msPerCommand.busiestOtherThread})`,
        );
        details.provinceServerPeakRssMb = server.peakRssMb();
      } finally {
        await server.stop();
      }
    });
  details.assessmentList = list;
  details.httpLoad = load;
  details.lag = lag;
  if (options.phases.has('http'))
    details.httpFloor = await attempt('httpFloor', async () => {
      log(`HTTP load on the framework floor (the same routes, nothing behind them) …`);
      const floor = await startServer({
        dataDir: provinceDir,
        script: join(__dirname, 'http-floor.js'),
      });
      try {
        const floorLoad = await runHttpLoad({
          port: floor.port,
          connections: CONNECTIONS,
          durationSec: options.durationSec,
          enterprises,
          workDir: work,
        });
        log(`  floor: ${floorLoad.commandsPerSec}/s, p99 ${floorLoad.latencyMs.p99} ms`);
        return floorLoad;
      } finally {
        await floor.stop();
      }
    });

  // 5. A district-sized store for the as-of read.
  let asOf: AsOfResult | null = null;
  if (options.phases.has('asof'))
    await attempt('asOf', async () => {
      const districtOptions = {
        file: join(districtDir, 'events.db'),
        tree: DISTRICT_TREE,
        targetEvents: DISTRICT_EVENTS,
        assessedUnits: DISTRICT_ASSESSED,
        eventsPerYear: 35_000,
        seed: 7,
      };
      let district = options.reuse ? await existingStore(districtOptions) : null;
      if (!district) {
        log(`generating the district store (~${DISTRICT_EVENTS.toLocaleString('en')} events) …`);
        district = await generateStore(districtOptions);
        details.districtStore = describeStore(district);
        details.districtRebuild = await measureRebuild({
          eventsFile: district.file,
          dataDir: districtDir,
        });
      }
      const server = await startServer({ dataDir: districtDir, nodeArgs: serverNodeArgs() });
      try {
        log('GET /assessments/:year/units/:unitId?asOf= …');
        asOf = await measureAsOf(server.client, {
          year: district.lastYear,
          unitId: district.tree.towns[0].id,
          samples: options.quick ? 5 : 9,
        });
        log(
          `  first (cold) ${asOf.coldMs} ms, new times p50 ${asOf.p50Ms} ms, max ${asOf.maxMs} ms`,
        );
      } finally {
        await server.stop();
      }
    });
  details.asOf = asOf;

  const a = append as AppendVsRawResult | null;
  const r = rebuild as RebuildResult | null;
  const l = list as AssessmentListResult | null;
  const h = load as HttpLoadResult | null;
  const g = lag as LagResult | null;
  const o = asOf as AsOfResult | null;
  const figures: Figure[] = [
    {
      key: 'appendRatioVsRaw',
      phase: 'append',
      label: 'append ÷ raw inserts (batches of 100)',
      value: a ? round(a.ratio, 2) : null,
      unit: '',
      target: '≥ 0.7',
      pass: (v) => v >= 0.7,
    },
    {
      key: 'rebuildEventsPerSec',
      phase: 'rebuild',
      label: `rebuild, all projections (${province.events.toLocaleString('en')} events)`,
      value: r?.eventsPerSec ?? null,
      unit: 'events/s',
      target: '≥ 50,000',
      pass: (v) => v >= 50_000,
    },
    {
      key: 'rebuildPeakRssMb',
      phase: 'rebuild',
      label: 'rebuild peak RSS',
      value: r?.peakRssMb ?? null,
      unit: 'MB',
      target: '≤ 512',
      pass: (v) => v <= 512,
    },
    {
      key: 'httpCommandsPerSec',
      phase: 'http',
      label: `HTTP commands, ${CONNECTIONS} clients, ${options.durationSec} s`,
      value: h?.commandsPerSec ?? null,
      unit: '/s',
      target: '≥ 1,500',
      pass: (v) => v >= 1_500,
    },
    {
      key: 'httpP99Ms',
      phase: 'http',
      label: 'HTTP commands p99',
      value: h?.latencyMs.p99 ?? null,
      unit: 'ms',
      target: '≤ 50',
      pass: (v) => v <= 50,
    },
    {
      key: 'assessmentListP99Ms',
      phase: 'list',
      label: `GET /assessments/:year (${ASSESSED_UNITS} units) p99, after a write in the year`,
      value: l?.afterWriteInYear.p99Ms ?? null,
      unit: 'ms',
      target: '≤ 100',
      pass: (v) => v <= 100,
    },
    {
      key: 'assessmentAsOfMs',
      phase: 'asof',
      label: 'one unit as of a new time (district store; first read: details) p50',
      value: o?.p50Ms ?? null,
      unit: 'ms',
      target: '≤ 1,000',
      pass: (v) => v <= 1_000,
    },
    {
      key: 'projectionLagMs',
      phase: 'http',
      label: 'projection lag under load p99',
      value: g?.p99Ms ?? null,
      unit: 'ms',
      target: '≤ 200',
      pass: (v) => v <= 200,
    },
  ];

  const result = {
    generatedAt: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    command: `npm run bench${options.quick ? ' -- --quick' : ''}`,
    machine,
    /** 1/5/15-minute load averages: other processes on the machine skew the figures. */
    loadAverage: {
      atStart: loadAtStart.map((l) => round(l, 2)),
      atEnd: loadavg().map((l) => round(l, 2)),
    },
    events: province.events,
    ...Object.fromEntries(figures.map((f) => [f.key, f.value])),
    targets: Object.fromEntries(figures.map((f) => [f.key, f.target])),
    pass: Object.fromEntries(
      figures.map((f) => [f.key, f.value === null ? null : f.pass(f.value)]),
    ),
    notes: [
      'Bench data (both stores) is written DIRECTLY through SqliteEventStore.append, bypassing HTTP: every event is decided by the real deciders on its stream state, in simulated time order; commits are grouped by 500 appends while generating (data generation only).',
      "appendRatioVsRaw: each round appends 100,000 events (1,000 batches of 100) through SqliteEventStore.append to a fresh file, then inserts the same stored rows raw into another fresh file; the figure is the median of the rounds' ratios (details.append.roundRatios).",
      'HTTP figures: autocannon (child process) against the real server process (node dist/src/main.js) on the same 2-core machine, so the load generator shares the CPU with the server.',
      "details.serverCpuDuringLoad: CPU of the server process and of its threads (/proc/<pid>/task) over the HTTP load, per answered command (the lag probe's writes and reads counted too); the main thread runs HTTP, validation, commands and appends, the busiest other thread is the projection worker.",
      "details.httpFloor: the same autocannon load against NestJS on Express serving the same routes with nothing behind them (bench/http-floor.ts), in the same run: the framework's own ceiling on this machine.",
      'projectionLagMs: a separate client POSTs an incident, then GETs /incidents?unitId=&minPosition=<position>; the time from the POST answer to the GET answer (includes the read itself).',
      'assessmentListP99Ms: each read follows a write of a hazard in the assessed year, projected before the read (the service keeps the live year in memory and follows the read models document by document); reads after a write of another year are in details.assessmentList.afterWrite, reads repeated without writes in details.assessmentList.repeated.',
      'assessmentAsOfMs: GET /assessments/:year/units/:unitId?asOf=<time> over HTTP on a district store (~100k events, 3 years), median of samples each at a time not asked before, scattered over the year, each a replay from the latest checkpoint before it; the first as-of read after start (a replay of the whole log, which leaves the checkpoints) is details.asOf.coldMs; the year-end read repeated (snapshot reused) is details.asOf.repeated.',
    ],
    details,
    errors,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  const out = options.out
    ? resolve(options.out)
    : resolve(__dirname, '../../bench/results/latest.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

  printTable(figures, options.phases, result.mode, province.events, machine);
  log(`\nwritten ${out} (${result.totalSeconds} s)`);
  if (!options.keep && !options.dir) rmSync(work, { recursive: true, force: true });
  else log(`data kept in ${work}`);
}

function describeStore(store: GeneratedStore) {
  return {
    events: store.events,
    appends: store.appends,
    years: store.years,
    scale: round(store.scale, 3),
    units: store.tree.all.length,
    enterprises: store.tree.enterprises.length,
    assessedUnits: store.assessedUnitIds.length,
    generationSeconds: round(store.ms / 1000),
    refusedCommands: store.refused,
    byType: store.byType,
  };
}

function printTable(
  figures: Figure[],
  phases: ReadonlySet<Phase>,
  mode: string,
  events: number,
  machine: ReturnType<typeof machineInfo>,
): void {
  const rows = figures.map((f) => [
    f.key,
    f.label,
    f.value === null ? 'n/a' : `${f.value.toLocaleString('en')}${f.unit ? ` ${f.unit}` : ''}`,
    f.target,
    !phases.has(f.phase)
      ? 'skipped'
      : f.value === null
        ? 'ERROR'
        : f.pass(f.value)
          ? 'pass'
          : 'MISS',
  ]);
  const header = ['figure', 'what', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const out = [
    '',
    `${mode} bench, ${events.toLocaleString('en')} events — ${machine.cpuModel} ×${machine.cores}, ${machine.memoryGb} GB, node ${machine.node}, ${machine.os}`,
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
