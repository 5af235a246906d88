import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm start` as written in package.json passes SIGTERM and SIGINT on to the service: stopping
 * `npm start` stops the server (a shell between npm and node would keep it listening). The
 * package.json `start` script runs here as written, against a stand-in `dist/src/main.js` that
 * records the signal it receives.
 */
const START = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts.start;

const STAND_IN = `
const { writeFileSync } = require('node:fs');
for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => { writeFileSync('received', signal); process.exit(0); });
writeFileSync('started', String(process.pid));
setInterval(() => {}, 1000);
`;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start', () => {
  let work = '';
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'npm-start-'));
    mkdirSync(join(work, 'dist', 'src'), { recursive: true });
    writeFileSync(join(work, 'dist', 'src', 'main.js'), STAND_IN);
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({ name: 'stand-in', version: '1.0.0', scripts: { start: START } }),
    );
  });
  afterEach(() => {
    const started = join(work, 'started');
    if (existsSync(started) && !existsSync(join(work, 'received'))) {
      try {
        process.kill(Number(readFileSync(started, 'utf8')), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(work, { recursive: true, force: true });
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'passes %s on to the service',
    async (signal) => {
      const npm = spawn('npm', ['start', '--silent'], { cwd: work, stdio: 'ignore' });
      const exited = new Promise((resolve) => npm.on('exit', resolve));
      await until(() => existsSync(join(work, 'started')), 'the service to start');
      npm.kill(signal);
      await until(() => existsSync(join(work, 'received')), `the service to receive ${signal}`);
      expect(readFileSync(join(work, 'received'), 'utf8')).toBe(signal);
      await exited;
    },
    30_000,
  );
});
