import type { Enterprise } from './http-load';
import { incidentBody } from './support/commands';
import type { Client } from './support/server';
import { summary } from './support/stats';

export interface LagResult {
  method: string;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same read without `minPosition`, right after: what the read itself costs under load. */
  plainReadP50Ms: number;
  plainReadP99Ms: number;
  notVisible: number;
  failedWrites: number;
}

/**
 * Projection lag under load, seen by a client: a separate connection reports an incident (201 with
 * its `position`), then immediately reads `GET /incidents?unitId=<place>&minPosition=<position>`,
 * which waits until every projection has passed that position; the lag sample is the time from
 * the POST's answer to the GET's answer (an upper bound: it includes the read itself under load),
 * and the incident must be in the answer. Every `intervalMs` until stopped.
 */
export class LagProbe {
  private stopped = false;
  private loop: Promise<void> = Promise.resolve();
  private readonly lags: number[] = [];
  private readonly plain: number[] = [];
  private notVisible = 0;
  private failedWrites = 0;
  private counter = 0;
  /** Distinct per probe: a second probe in the same process must not reuse the first one's ids. */
  private readonly tag = `${process.pid}-${Date.now().toString(36)}`;

  constructor(
    private readonly client: Client,
    private readonly enterprises: readonly Enterprise[],
    private readonly intervalMs = 100,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<LagResult> {
    this.stopped = true;
    await this.loop;
    const lag = summary(this.lags);
    const plain = summary(this.plain);
    return {
      method:
        'POST /incidents, then GET /incidents?unitId=&minPosition=<its position> on another connection; time from the POST answer to the GET answer',
      samples: lag.n,
      p50Ms: lag.p50,
      p99Ms: lag.p99,
      maxMs: lag.max,
      plainReadP50Ms: plain.p50,
      plainReadP99Ms: plain.p99,
      notVisible: this.notVisible,
      failedWrites: this.failedWrites,
    };
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const enterprise = this.enterprises[this.counter % this.enterprises.length];
      const id = `LAG-${this.tag}-${++this.counter}`;
      const post = await this.client.post<{ position?: number }>(
        '/api/v1/incidents',
        incidentBody(enterprise, { id, directLossYuan: 5_000, description: '滞后探测事故' }),
      );
      if (post.status !== 201 || typeof post.body.position !== 'number') {
        this.failedWrites += 1;
      } else {
        const path = `/api/v1/incidents?unitId=${encodeURIComponent(enterprise.id)}`;
        const started = process.hrtime.bigint();
        const read = await this.client.get<{ items?: { id: string }[] }>(
          `${path}&minPosition=${post.body.position}`,
        );
        this.lags.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (read.status !== 200 || !read.body.items?.some((item) => item.id === id)) {
          this.notVisible += 1;
        }
        this.plain.push((await this.client.get(path)).ms);
      }
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
  }
}

/**
 * Waits until every projection has caught up with the log: reports one incident and reads it back
 * with `minPosition` until the read answers (503 while the projections are behind), so a load
 * measured next does not inherit the backlog of the one before.
 */
export async function waitForProjections(
  client: Client,
  enterprise: Enterprise,
  timeoutMs = 300_000,
): Promise<number> {
  const started = Date.now();
  const post = await client.post<{ position?: number }>(
    '/api/v1/incidents',
    incidentBody(enterprise, {
      id: `CATCHUP-${process.pid}-${started}`,
      directLossYuan: 1_000,
      description: '追赶探测事故',
    }),
  );
  if (post.status !== 201 || typeof post.body.position !== 'number')
    throw new Error(`catch-up probe: POST /incidents answered ${post.status}`);
  const path = `/api/v1/incidents?unitId=${encodeURIComponent(enterprise.id)}&minPosition=${post.body.position}`;
  for (;;) {
    const read = await client.get(path);
    if (read.status === 200) return Date.now() - started;
    if (read.status !== 503 || Date.now() - started > timeoutMs)
      throw new Error(`catch-up probe: GET ${path} answered ${read.status}`);
  }
}
