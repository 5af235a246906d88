import type { Client } from './support/server';
import { summary } from './support/stats';

export interface AsOfResult {
  unitId: string;
  asOf: string;
  path: string;
  /** The first as-of read after the server started: a replay of the whole log up to the year end. */
  coldMs: number;
  /** Each sample a time not asked before, scattered over the year (a replay each, from a checkpoint). */
  samples: number;
  sampleTimes: string[];
  p50Ms: number;
  maxMs: number;
  /** The year-end read repeated (the service reuses its snapshot). */
  repeated: { p50Ms: number; maxMs: number };
  /** The live (not as-of) read of the same unit, for comparison. */
  liveP50Ms: number;
}

/**
 * One unit's as-of assessment, `GET /assessments/:year/units/:unitId?asOf=`, on a district-sized
 * store, one request at a time. The first read (the year end, on a freshly started server) replays
 * every event up to that time and leaves checkpoints spread over the log; the headline samples
 * then ask for times never asked before, scattered over the year, each replayed from the latest
 * checkpoint before it (see as-of-snapshots.ts).
 */
export async function measureAsOf(
  client: Client,
  options: { year: number; unitId: string; samples: number },
): Promise<AsOfResult> {
  const path = (asOf?: string) =>
    `/api/v1/assessments/${options.year}/units/${encodeURIComponent(options.unitId)}` +
    (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');
  const read = async (asOf?: string): Promise<number> => {
    const answer = await client.get(path(asOf));
    if (answer.status !== 200) {
      throw new Error(
        `${path(asOf)}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
      );
    }
    return answer.ms;
  };
  const yearEnd = `${options.year}-12-31T23:59:59+08:00`;
  const coldMs = Math.round((await read(yearEnd)) * 10) / 10;
  const sampleTimes = scatteredTimes(options.year, options.samples);
  const fresh = summary(await sequentially(sampleTimes, read));
  const end = summary(await sequentially(Array<string>(5).fill(yearEnd), read));
  const live = summary(await sequentially(Array<undefined>(5).fill(undefined), read));
  return {
    unitId: options.unitId,
    asOf: yearEnd,
    path: path(yearEnd),
    coldMs,
    samples: fresh.n,
    sampleTimes,
    p50Ms: fresh.p50,
    maxMs: fresh.max,
    repeated: { p50Ms: end.p50, maxMs: end.max },
    liveP50Ms: live.p50,
  };
}

/** `count` distinct times in the year (CST), stepping 137 days around it so they do not run in order. */
function scatteredTimes(year: number, count: number): string[] {
  const start = Date.parse(`${year}-01-01T12:00:00+08:00`);
  return Array.from({ length: count }, (_, i) =>
    new Date(start + (((i + 1) * 137) % 365) * 86_400_000).toISOString(),
  );
}

async function sequentially<T>(items: readonly T[], read: (item: T) => Promise<number>) {
  const times: number[] = [];
  for (const item of items) times.push(await read(item));
  return times;
}
