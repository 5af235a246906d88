import type { Client } from './support/server';
import { summary } from './support/stats';

export interface AsOfResult {
  unitId: string;
  asOf: string;
  path: string;
  /** Each sample a different as-of time in the last weeks of the year (a replay each, unless a fresh one would apply the same events). */
  samples: number;
  p50Ms: number;
  maxMs: number;
  /** The year-end read repeated (the service reuses its snapshot). */
  repeated: { p50Ms: number; maxMs: number };
  /** The same unit as of mid-year (half the log replayed). */
  midYear: { asOf: string; p50Ms: number; maxMs: number };
  /** The live (not as-of) read of the same unit, for comparison. */
  liveP50Ms: number;
}

/**
 * One unit's as-of assessment, `GET /assessments/:year/units/:unitId?asOf=`, on a district-sized
 * store: the service replays the projections in memory over every event recorded up to `asOf`
 * (so the year-end read replays nearly the whole log), then scores the year, and keeps the last
 * few snapshots. The headline samples ask for a different time each (a week apart, back from the
 * year end), so each is a replay; one request at a time.
 */
export async function measureAsOf(
  client: Client,
  options: { year: number; unitId: string; samples: number },
): Promise<AsOfResult> {
  const path = (asOf?: string) =>
    `/api/v1/assessments/${options.year}/units/${encodeURIComponent(options.unitId)}` +
    (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');
  const time = async (asOf?: string): Promise<number[]> => {
    const first = await client.get(path(asOf));
    if (first.status !== 200) {
      throw new Error(`${path(asOf)}: ${first.status} ${JSON.stringify(first.body).slice(0, 300)}`);
    }
    const times: number[] = [];
    for (let i = 0; i < options.samples; i++) times.push((await client.get(path(asOf))).ms);
    return times;
  };
  const yearEnd = `${options.year}-12-31T23:59:59+08:00`;
  const midYear = `${options.year}-06-30T23:59:59+08:00`;
  const distinct: number[] = [];
  for (let week = options.samples; week >= 1; week--) {
    const asOf = new Date(Date.parse(yearEnd) - week * 7 * 86_400_000).toISOString();
    const answer = await client.get(path(asOf));
    if (answer.status !== 200) throw new Error(`${path(asOf)}: ${answer.status}`);
    distinct.push(answer.ms);
  }
  const fresh = summary(distinct);
  const end = summary(await time(yearEnd));
  const mid = summary(await time(midYear));
  const live = summary(await time());
  return {
    unitId: options.unitId,
    asOf: yearEnd,
    path: path(yearEnd),
    samples: fresh.n,
    p50Ms: fresh.p50,
    maxMs: fresh.max,
    repeated: { p50Ms: end.p50, maxMs: end.max },
    midYear: { asOf: midYear, p50Ms: mid.p50, maxMs: mid.max },
    liveP50Ms: live.p50,
  };
}
