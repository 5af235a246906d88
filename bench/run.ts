/**
 * `npm run bench` (full) or `npm run bench -- --quick` (smaller stores, shorter loads): measures
 * the service on the embedded SQLite stores, prints a table with each figure's target and
 * pass/miss, and writes bench/results/latest.json (figures that miss are listed in `missed`; the
 * run still exits 0).
 *
 * Options: --quick, --events <n> (province store size), --duration <s> (saturation load),
 * --rate <n> and --steady-duration <s> (the steady load, 200/s for 30 s; 8 s with --quick),
 * --steady (the steady load alone, like --only steady),
 * --keep (keep the temporary data directory), --dir <path> (use this directory for the data),
 * --reuse (with --dir: use the stores already written there),
 * --only append,rebuild,list,steady,http,evidence,asof, --out <file> (instead of bench/results/latest.json).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SqliteEventStore } from '../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { upcasters } from '../src/infrastructure/event-store/upcasting/upcasters';
import { type AppendVsRawResult, measureAppendVsRaw, templatesFrom } from './append-vs-raw';
import { type AsOfResult, measureAsOf } from './as-of';
import { type EvidenceResult, measureEvidence } from './evidence';
import { type AssessmentListResult, measureAssessmentList } from './assessment-list';
import { existingStore, type GeneratedStore, generateStore } from './data/generate';
import { DISTRICT_WORLD, PROVINCE_WORLD } from './data/sizes';
import { type Enterprise, type HttpLoadResult, runHttpLoad } from './http-load';
import { LagProbe, type LagResult, waitForProjections } from './lag';
import { measureRebuild, type RebuildResult } from './rebuild';
import { type FigureKey, FIGURE_KEYS, meets, missed, targetText } from './figures';
import { type FloorRatio, measureFloor, ratioVsFloor } from './floor';
import { runSteadyLoad, type SteadyLoadResult } from './steady-load';
import { machineInfo } from './support/machine';
import { startServer } from './support/server';
import { serverCpu, threadCpuSeconds } from './support/thread-cpu';
import { round } from './support/stats';

const PHASES = ['append', 'rebuild', 'list', 'steady', 'http', 'evidence', 'asof'] as const;
type Phase = (typeof PHASES)[number];

interface Options {
  phases: Set<Phase>;
  /** Use the stores already in --dir instead of writing them again. */
  reuse: boolean;
  quick: boolean;
  events: number;
  durationSec: number;
  /** The steady load: commands per second, and for how long. */
  rate: number;
  steadySec: number;
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
  const only = argv.includes('--steady')
    ? ['steady']
    : (value('--only')?.split(',') ?? [...PHASES]);
  return {
    phases: new Set(PHASES.filter((p) => only.includes(p))),
    reuse: argv.includes('--reuse'),
    quick,
    events: Number(value('--events') ?? (quick ? 200_000 : 1_000_000)),
    durationSec: Number(value('--duration') ?? (quick ? 10 : 30)),
    rate: Number(value('--rate') ?? 200),
    steadySec: Number(value('--steady-duration') ?? (quick ? 8 : 30)),
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
  key: FigureKey;
  phase: Phase;
  label: string;
  value: number | null;
  unit: string;
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
    size: PROVINCE_WORLD,
    targetEvents: options.events,
    assessedUnits: ASSESSED_UNITS,
    onProgress: (n: number) => log(`  ${n.toLocaleString('en')} events`),
  };
  const reused = options.reuse ? await existingStore(provinceOptions) : null;
  if (!reused)
    log(`generating ~${options.events.toLocaleString('en')} events (province-like world) …`);
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

  // 4. The real server on the province store: league table, the steady load, then the saturation
  // load, each with the lag probe; the framework floor is measured before and after saturation.
  let list: AssessmentListResult | null = null;
  let steady: SteadyLoadResult | null = null;
  let steadyLag: LagResult | null = null;
  let load: HttpLoadResult | null = null;
  let lag: LagResult | null = null;
  const enterprises: Enterprise[] = province.world.enterprises.map((e) => ({
    id: e.id,
    industry: e.industry!,
  }));
  const floorOptions = {
    dataDir: provinceDir,
    connections: CONNECTIONS,
    durationSec: options.durationSec,
    enterprises,
    workDir: work,
  };
  const floor = async (when: 'before' | 'after') =>
    attempt(`httpFloor.${when}`, async () => {
      log(`HTTP load on the framework floor (${when} saturation) …`);
      const floorLoad = await measureFloor(floorOptions);
      log(`  floor: ${floorLoad.commandsPerSec}/s, p99 ${floorLoad.latencyMs.p99} ms`);
      return floorLoad;
    });
  const floorBefore = options.phases.has('http') ? await floor('before') : null;
  if (['list', 'steady', 'http'].some((p) => options.phases.has(p as Phase)))
    await attempt('server', async () => {
      log('starting the server on the province store …');
      const server = await startServer({ dataDir: provinceDir, nodeArgs: serverNodeArgs() });
      try {
        if (options.phases.has('list'))
          list = await attempt('assessmentList', async () => {
            // Without the rebuild phase before it, the server builds its read models first.
            await waitForProjections(server.client, enterprises[0]);
            return measureAssessmentList(server.client, {
              year: province.lastYear,
              expectedUnits: ASSESSED_UNITS,
              warmup: options.quick ? 2 : 3,
              samples: options.quick ? 5 : 20,
              enterpriseId: enterprises[0].id,
            });
          });
        if (list)
          log(
            `  first read ${list.firstMs} ms (a /health meanwhile waited ${list.firstHealthWorstMs} ms at most)`,
          );
        if (options.phases.has('steady'))
          await attempt('steadyLoad', async () => {
            const warmupSec = options.quick ? 2 : 5;
            log(`steady load warm-up: ${options.rate} commands/s for ${warmupSec} s …`);
            details.steadyWarmup = await runSteadyLoad({
              port: server.port,
              ratePerSec: options.rate,
              durationSec: warmupSec,
              enterprises,
              workDir: work,
            });
            const caughtUpMs = await waitForProjections(server.client, enterprises[0]);
            log(
              `steady load: ${options.rate} commands/s for ${options.steadySec} s (projections caught up in ${caughtUpMs} ms) …`,
            );
            const probe = new LagProbe(server.client, enterprises);
            probe.start();
            try {
              steady = await runSteadyLoad({
                port: server.port,
                ratePerSec: options.rate,
                durationSec: options.steadySec,
                enterprises,
                workDir: work,
              });
            } finally {
              steadyLag = await probe.stop();
            }
            log(
              `  p50 ${steady.latencyMs.p50} ms, p99 ${steady.latencyMs.p99} ms, lag p99 ${steadyLag.p99Ms} ms`,
            );
          });
        if (!options.phases.has('http')) return;
        const caughtUpMs = await waitForProjections(server.client, enterprises[0]);
        log(
          `HTTP load: ${CONNECTIONS} connections, ${options.durationSec} s (projections caught up in ${caughtUpMs} ms) …`,
        );
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
  const floorAfter = options.phases.has('http') ? await floor('after') : null;
  const saturation = load as HttpLoadResult | null;
  const vsFloor: FloorRatio | null =
    saturation && floorBefore && floorAfter
      ? ratioVsFloor(
          saturation.commandsPerSec,
          floorBefore.commandsPerSec,
          floorAfter.commandsPerSec,
        )
      : null;
  details.assessmentList = list;
  details.steadyLoad = steady;
  details.steadyLag = steadyLag;
  details.httpLoad = load;
  details.lag = lag;
  details.httpFloor = { before: floorBefore, after: floorAfter, ratio: vsFloor };

  // 5. The evidence bundle of an incident on the province store, on a server started for it.
  const evidence = !options.phases.has('evidence')
    ? null
    : await attempt('evidence', async () => {
        const server = await startServer({ dataDir: provinceDir, nodeArgs: serverNodeArgs() });
        try {
          await waitForProjections(server.client, enterprises[0]);
          log('GET /incidents/:id/evidence …');
          const measured = await measureEvidence(server.client, {
            samples: options.quick ? 5 : 20,
            eventsFile: province.file,
            year: province.years.length > 1 ? province.lastYear - 1 : province.lastYear,
          });
          log(
            `  first ${measured.coldMs} ms (anchor recorded: ${measured.coldAnchorRecorded}; the tree at start: ${measured.startupTreeMs} ms, the main thread blocked ${measured.startupTreeLongestBlockMs} ms at most), again p50 ${measured.repeatedP50Ms} ms, ${measured.bytes.toLocaleString('en')} bytes, ${measured.events} events in ${measured.streams} streams`,
          );
          return measured;
        } finally {
          await server.stop();
        }
      });
  details.evidence = evidence;

  // 6. A district-sized store for the as-of read.
  let asOf: AsOfResult | null = null;
  if (options.phases.has('asof'))
    await attempt('asOf', async () => {
      const districtOptions = {
        file: join(districtDir, 'events.db'),
        size: DISTRICT_WORLD,
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
          unitId: district.world.towns[0].id,
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
  const st = steady as SteadyLoadResult | null;
  const sl = steadyLag as LagResult | null;
  const h = load as HttpLoadResult | null;
  const g = lag as LagResult | null;
  const o = asOf as AsOfResult | null;
  const ev = evidence as EvidenceResult | null;
  const figures: Figure[] = [
    {
      key: 'assessmentListP99Ms',
      phase: 'list',
      label: `GET /assessments/:year (${ASSESSED_UNITS} units) p99, after a write in the year`,
      value: l?.afterWriteInYear.p99Ms ?? null,
      unit: 'ms',
    },
    {
      key: 'assessmentAsOfMs',
      phase: 'asof',
      label: 'one unit as of a new time (district store; first read: details) p50',
      value: o?.p50Ms ?? null,
      unit: 'ms',
    },
    {
      key: 'evidenceBundleMs',
      phase: 'evidence',
      label: "an incident's evidence bundle, first after start (an anchor recorded for it)",
      value: ev?.coldMs ?? null,
      unit: 'ms',
    },
    {
      key: 'evidenceBundleBytes',
      phase: 'evidence',
      label: 'that bundle, size of the JSON answer',
      value: ev?.bytes ?? null,
      unit: 'bytes',
    },
    {
      key: 'httpSteadyP99Ms',
      phase: 'steady',
      label: `HTTP commands p99 at a steady ${options.rate}/s (open loop), ${options.steadySec} s`,
      value: st?.latencyMs.p99 ?? null,
      unit: 'ms',
    },
    {
      key: 'httpSteadyP50Ms',
      phase: 'steady',
      label: `HTTP commands p50 at a steady ${options.rate}/s`,
      value: st?.latencyMs.p50 ?? null,
      unit: 'ms',
    },
    {
      key: 'projectionLagSteadyP99Ms',
      phase: 'steady',
      label: 'projection lag p99 under the steady load',
      value: sl?.p99Ms ?? null,
      unit: 'ms',
    },
    {
      key: 'httpRatioVsFloor',
      phase: 'http',
      label: `saturation ÷ framework floor (floor ${vsFloor?.floorBeforePerSec ?? '?'}/s before, ${vsFloor?.floorAfterPerSec ?? '?'}/s after)`,
      value: vsFloor?.ratio ?? null,
      unit: '',
    },
    {
      key: 'appendRatioVsRaw',
      phase: 'append',
      label: 'append ÷ raw inserts (batches of 100)',
      value: a ? round(a.ratio, 2) : null,
      unit: '',
    },
    {
      key: 'rebuildEventsPerSec',
      phase: 'rebuild',
      label: `rebuild, all projections (${province.events.toLocaleString('en')} events)`,
      value: r?.eventsPerSec ?? null,
      unit: 'events/s',
    },
    {
      key: 'rebuildPeakRssMb',
      phase: 'rebuild',
      label: 'rebuild peak RSS',
      value: r?.peakRssMb ?? null,
      unit: 'MB',
    },
    {
      key: 'httpCommandsPerSec',
      phase: 'http',
      label: `HTTP commands at saturation, ${CONNECTIONS} clients, ${options.durationSec} s`,
      value: h?.commandsPerSec ?? null,
      unit: '/s',
    },
    {
      key: 'httpP99Ms',
      phase: 'http',
      label: 'HTTP commands p99 at saturation',
      value: h?.latencyMs.p99 ?? null,
      unit: 'ms',
    },
    {
      key: 'projectionLagMs',
      phase: 'http',
      label: 'projection lag p99 at saturation',
      value: g?.p99Ms ?? null,
      unit: 'ms',
    },
  ];
  const values = Object.fromEntries(figures.map((f) => [f.key, f.value])) as Record<
    FigureKey,
    number | null
  >;

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
    ...values,
    targets: Object.fromEntries(FIGURE_KEYS.map((key) => [key, targetText(key)])),
    pass: Object.fromEntries(FIGURE_KEYS.map((key) => [key, meets(key, values[key])])),
    missed: missed(values),
    notes: [
      'Bench data (both stores) is written DIRECTLY through SqliteEventStore.append, bypassing HTTP: every event is decided by the real deciders on its stream state, in simulated time order; commits are grouped by 500 appends while generating (data generation only).',
      "appendRatioVsRaw: each round appends 100,000 events (1,000 batches of 100) through SqliteEventStore.append to a fresh file, then inserts the same stored rows raw into another fresh file; the figure is the median of the rounds' ratios (details.append.roundRatios).",
      'Saturation figures (httpCommandsPerSec, httpP99Ms, projectionLagMs): autocannon (child process, 32 connections, closed loop) against the real server process (node dist/src/main.js) on the same 2-core machine, so the load generator shares the CPU with the server.',
      'httpRatioVsFloor: saturation commands/s divided by the mean of the framework floor measured just before and just after the saturation load in the same run (details.httpFloor.before/after/ratio; floorDriftPercent shows how much the shared machine moved between them).',
      'httpSteadyP50Ms/httpSteadyP99Ms: an open-loop load (bench/steady-load.ts, a child process) sending commands on a fixed schedule whatever the answers, each latency measured from its scheduled time (no coordinated omission), after an unmeasured warm-up at the same rate (2 s, 5 s in a full run; details.steadyWarmup) and after the projections caught up with the log; projectionLagSteadyP99Ms is the lag probe below, run during that load.',
      "details.serverCpuDuringLoad: CPU of the server process and of its threads (/proc/<pid>/task) over the HTTP load, per answered command (the lag probe's writes and reads counted too); the main thread runs HTTP, validation, commands and appends, the busiest other thread is the projection worker.",
      "details.httpFloor: the same autocannon load against NestJS on Express serving the same routes with nothing behind them (bench/http-floor.ts), in the same run: the framework's own ceiling on this machine.",
      'projectionLagMs and projectionLagSteadyP99Ms: a separate client POSTs an incident, then GETs /incidents?unitId=&minPosition=<position>; the time from the POST answer to the GET answer (includes the read itself).',
      'assessmentListP99Ms: each read follows a write of a hazard in the assessed year, projected before the read (the service keeps the live year in memory and follows the read models document by document); reads after a write of another year are in details.assessmentList.afterWrite, reads repeated without writes in details.assessmentList.repeated; the first read after start in details.assessmentList.firstMs, and the longest a /health sent meanwhile (one after another) waited in firstHealthWorstMs.',
      "evidenceBundleMs: GET /incidents/:id/evidence on the province store (an incident with a concluded investigation), the first request on a server started for it (after its projections caught up), which records an anchor on demand: the Merkle tree the service built at start in the background (every stream head, from the store's stream-head table; its cost is details.evidence.startupTreeMs, measured in the bench process, and the longest the main thread answered nothing else meanwhile details.evidence.startupTreeLongestBlockMs) updated with the events since; evidenceBundleBytes is the size of that JSON answer. The same bundle again (anchor reused), other incidents' bundles, POST /audit/anchors and the offline verification of the bundle are in details.evidence.",
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
    units: store.world.all.length,
    enterprises: store.world.enterprises.length,
    assessedUnits: store.assessedUnitIds.length,
    generationSeconds: round(store.ms / 1000),
    refusedCommands: store.refused,
    byType: store.byType,
  };
}

const verdict = (ok: boolean | null): string => (ok === null ? '' : ok ? 'pass' : 'MISS');

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
    targetText(f.key),
    !phases.has(f.phase) ? 'skipped' : f.value === null ? 'ERROR' : verdict(meets(f.key, f.value)),
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
