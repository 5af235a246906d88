import type { Client } from './support/server';
import { summary } from './support/stats';

export interface AssessmentListResult {
  path: string;
  units: number;
  /** Each read after a write inside the assessed year (a hazard of that year: the answer changes). */
  afterWriteInYear: { samples: number; p50Ms: number; p99Ms: number; maxMs: number };
  /** Each read after a write of another year (the read models moved; the year did not change). */
  afterWrite: { samples: number; p50Ms: number; p99Ms: number; maxMs: number };
  /** Reads repeated with no write in between (the service answers from its cache). */
  repeated: { samples: number; p50Ms: number; p99Ms: number; maxMs: number };
  /** The very first read after start-up (cold caches, unoptimised code). */
  firstMs: number;
  /**
   * The slowest `GET /health` sent one after another while that first read was answered: how
   * long the year's first read kept another request waiting.
   */
  firstHealthWorstMs: number;
}

/**
 * `GET /assessments/:year` (the league table: every assessed unit scored by the pure `assess` over
 * the year's facts from the live read models), one request at a time. The service caches the
 * answer while the read models stay at the same positions and follows them document by document
 * when they move, so three series are timed: each read right after a hazard of the assessed year
 * is reported and projected (the answer changes: what a reader sees while the year is being
 * written to; the headline figure), each read after a hazard of the next year, and reads repeated
 * without writes.
 */
export async function measureAssessmentList(
  client: Client,
  options: {
    year: number;
    expectedUnits: number;
    warmup: number;
    samples: number;
    /** A unit a hazard can be reported for, to move the read models between reads. */
    enterpriseId: string;
  },
): Promise<AssessmentListResult> {
  const path = `/api/v1/assessments/${options.year}`;
  let units = 0;
  let firstMs = 0;
  let firstHealthWorstMs = 0;
  let written = 0;
  const yearEnd = Date.parse(`${options.year + 1}-01-01T00:00:00+08:00`);
  const write = async (inYear = false) => {
    const id = `LIST-${process.pid}-${++written}`;
    const now = inYear ? yearEnd - 10 * 86_400_000 : Date.now();
    const answer = await client.post<{ position?: number }>('/api/v1/hazards', {
      id,
      unitId: options.enterpriseId,
      level: 'general',
      description: '考核排名测量隐患',
      identifiedAt: new Date(now - 3_600_000).toISOString(),
      deadline: new Date(now + 30 * 86_400_000).toISOString(),
    });
    if (answer.status !== 201) throw new Error(`POST /hazards: ${answer.status}`);
    // Wait until the projections have the write, with a cheap read.
    await client.get(`/api/v1/hazards/${id}?minPosition=${answer.body.position}`);
  };
  for (let i = 0; i < options.warmup; i++) {
    if (i > 0) await write();
    const read = client.get<{ units?: unknown[] }>(path);
    if (i === 0) firstHealthWorstMs = await slowestHealthUntil(client, read);
    const answer = await read;
    if (answer.status !== 200) {
      throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    }
    if (i === 0) firstMs = answer.ms;
    units = answer.body.units?.length ?? 0;
  }
  if (units !== options.expectedUnits) {
    throw new Error(`${path} listed ${units} units, expected ${options.expectedUnits}`);
  }
  const afterWriteInYear: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    await write(true);
    afterWriteInYear.push((await client.get(path)).ms);
  }
  const afterWrite: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    await write();
    afterWrite.push((await client.get(path)).ms);
  }
  const repeated: number[] = [];
  for (let i = 0; i < options.samples; i++) repeated.push((await client.get(path)).ms);
  const pick = (s: ReturnType<typeof summary>) => ({
    samples: s.n,
    p50Ms: s.p50,
    p99Ms: s.p99,
    maxMs: s.max,
  });
  return {
    path,
    units,
    afterWriteInYear: pick(summary(afterWriteInYear)),
    afterWrite: pick(summary(afterWrite)),
    repeated: pick(summary(repeated)),
    firstMs: Math.round(firstMs),
    firstHealthWorstMs,
  };
}

/** GETs /health one after another until `done` settles; answers the slowest, in ms. */
async function slowestHealthUntil(client: Client, done: Promise<unknown>): Promise<number> {
  let settled = false;
  void done.finally(() => (settled = true)).catch(() => undefined);
  let slowest = 0;
  while (!settled) slowest = Math.max(slowest, (await client.get('/health')).ms);
  return Math.round(slowest * 10) / 10;
}
