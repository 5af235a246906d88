import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import type { Enterprise } from './http-load';
import { ADMIN_TOKEN } from './support/server';
import { summary } from './support/stats';

export interface SteadyLoadResult {
  method: string;
  ratePerSec: number;
  durationSec: number;
  sent: number;
  status2xx: number;
  non2xx: number;
  errors: number;
  /** From each command's scheduled send time to its answer (queueing in the client included). */
  latencyMs: ReturnType<typeof summary>;
  /** The largest delay between a command's schedule and its actual send (the generator's own lag). */
  maxSendDelayMs: number;
  loadGeneratorCpuPercent: number;
}

const METHOD =
  'open loop from a child process: commands sent on a fixed schedule whatever the answers, each ' +
  'latency measured from its scheduled time; the mix cycles identify hazard, rectify an answered ' +
  'hazard, verify a rectified one, report an incident (an identify or incident instead when none ' +
  'is ready)';

/** An open-loop command load at `ratePerSec` for `durationSec`, generated in a child process. */
export function runSteadyLoad(options: {
  port: number;
  ratePerSec: number;
  durationSec: number;
  enterprises: readonly Enterprise[];
  workDir: string;
}): Promise<SteadyLoadResult> {
  const file = join(options.workDir, 'steady-enterprises.json');
  writeFileSync(file, JSON.stringify(options.enterprises));
  const args = [
    __filename,
    '--worker',
    String(options.port),
    String(options.ratePerSec),
    String(options.durationSec),
    file,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{'))
        reject(new Error(`steady load worker exited ${code}: ${out}`));
      else resolve(JSON.parse(line) as SteadyLoadResult);
    });
  });
}

/** The i-th send time (ms after the start) of a schedule at `ratePerSec`. */
export const scheduledAt = (i: number, ratePerSec: number): number => (i * 1000) / ratePerSec;

/** The load itself (what the child process runs); exported for its test. */
export async function openLoop(options: {
  port: number;
  ratePerSec: number;
  durationSec: number;
  enterprises: readonly Enterprise[];
}): Promise<SteadyLoadResult> {
  const { port, ratePerSec, durationSec, enterprises } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const tag = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const pick = () => enterprises[Math.floor(Math.random() * enterprises.length)];
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
  const identified: string[] = [];
  const rectified: string[] = [];
  const latencies: number[] = [];
  let counter = 0;
  let status2xx = 0;
  let non2xx = 0;
  let errors = 0;
  let maxSendDelayMs = 0;

  const post = (path: string, body: object, scheduled: number, onOk?: () => void) =>
    new Promise<void>((done) => {
      const payload = JSON.stringify(body);
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path,
          agent,
          headers: {
            authorization: `Bearer ${ADMIN_TOKEN}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - scheduled);
            if ((res.statusCode ?? 0) < 300) {
              status2xx += 1;
              onOk?.();
            } else non2xx += 1;
            done();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        done();
      });
      req.end(payload);
    });

  const identify = (scheduled: number) => {
    const id = `SH-${tag}-${++counter}`;
    return post(
      '/api/v1/hazards',
      {
        id,
        unitId: pick().id,
        level: 'general',
        description: '稳态负载隐患：消防通道堵塞',
        identifiedAt: ago(3_600_000),
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      scheduled,
      () => identified.push(id),
    );
  };
  const report = (scheduled: number) => {
    const enterprise = pick();
    return post(
      '/api/v1/incidents',
      {
        id: `SI-${tag}-${++counter}`,
        unitId: enterprise.id,
        industry: enterprise.industry,
        occurredAt: ago(30 * 60_000),
        reportedAt: ago(5 * 60_000),
        deaths: 0,
        seriousInjuries: 0,
        directLossYuan: 20_000,
        description: '稳态负载事故：机械伤害',
      },
      scheduled,
    );
  };
  const command = (i: number, scheduled: number): Promise<void> => {
    if (i % 4 === 1 && identified.length > 0) {
      const id = identified.shift()!;
      return post(
        `/api/v1/hazards/${id}/rectification`,
        { rectifiedAt: ago(60_000), note: '已清理' },
        scheduled,
        () => rectified.push(id),
      );
    }
    if (i % 4 === 2 && rectified.length > 0) {
      const id = rectified.shift()!;
      return post(
        `/api/v1/hazards/${id}/verification`,
        { passed: true, verifiedAt: ago(1_000), verifier: '验收人' },
        scheduled,
      );
    }
    return i % 2 === 0 ? identify(scheduled) : report(scheduled);
  };

  const total = Math.round(ratePerSec * durationSec);
  const pending: Promise<void>[] = [];
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let next = 0;
  await new Promise<void>((finished) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + scheduledAt(next, ratePerSec) <= now) {
        const scheduled = start + scheduledAt(next, ratePerSec);
        maxSendDelayMs = Math.max(maxSendDelayMs, now - scheduled);
        pending.push(command(next, scheduled));
        next += 1;
      }
      if (next >= total) finished();
      else setTimeout(tick, Math.max(0, start + scheduledAt(next, ratePerSec) - now));
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = performance.now() - start;
  agent.destroy();
  const usage = process.cpuUsage(cpuBefore);
  return {
    method: METHOD,
    ratePerSec,
    durationSec,
    sent: total,
    status2xx,
    non2xx,
    errors,
    latencyMs: summary(latencies),
    maxSendDelayMs: Math.round(maxSendDelayMs * 10) / 10,
    loadGeneratorCpuPercent: Math.round(((usage.user + usage.system) / 1000 / elapsed) * 100),
  };
}

async function worker(port: number, ratePerSec: number, durationSec: number, file: string) {
  const enterprises = JSON.parse(readFileSync(file, 'utf8')) as Enterprise[];
  const result = await openLoop({ port, ratePerSec, durationSec, enterprises });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module && process.argv[2] === '--worker') {
  const [, , , port, rate, duration, file] = process.argv;
  worker(Number(port), Number(rate), Number(duration), file).catch((error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  });
}
