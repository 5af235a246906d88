/**
 * Summarises V8 CPU profiles (.cpuprofile, e.g. from
 * `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- --quick --only http`)
 * by self time (idle time left out): per function, per file and per package.
 *
 * Usage: node dist/bench/profile-summary.js <file.cpuprofile | directory> [--top N]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: SelfTime[];
  byFile: SelfTime[];
  byPackage: SelfTime[];
}

/** 'node_modules/@scope/pkg', 'node_modules/pkg', 'node:internal', '(native)' or the project folder. */
export function packageOf(url: string): string {
  if (url === '') return '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return `node_modules/${modules[1]}`;
  const project = /.*\/(src|projections|bench)\//.exec(url);
  return project ? project[1] : url;
}

const shortFile = (url: string): string =>
  url === '' ? '(native)' : url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules\/)/, '$1');

export function summarize(profiles: readonly CpuProfile[], top = 25): ProfileSummary {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let totalUs = 0;
  const add = (map: Map<string, number>, key: string, us: number) =>
    map.set(key, (map.get(key) ?? 0) + us);
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id);
      const us = profile.timeDeltas[i] ?? 0;
      if (!frame || us <= 0 || frame.functionName === '(idle)') return;
      totalUs += us;
      const file = shortFile(frame.url);
      const name = frame.functionName || '(anonymous)';
      add(byFunction, frame.url ? `${name} ${file}:${frame.lineNumber + 1}` : name, us);
      add(byFile, file, us);
      add(byPackage, packageOf(frame.url), us);
    });
  }
  const rank = (map: Map<string, number>): SelfTime[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        ms: Math.round(us / 100) / 10,
        percent: totalUs === 0 ? 0 : Math.round((us / totalUs) * 1000) / 10,
      }));
  return {
    totalMs: Math.round(totalUs / 1000),
    byFunction: rank(byFunction),
    byFile: rank(byFile),
    byPackage: rank(byPackage),
  };
}

function main(argv: readonly string[]): void {
  const topIndex = argv.indexOf('--top');
  const top = topIndex >= 0 ? Number(argv[topIndex + 1]) : 25;
  const paths = argv.filter((arg, i) => !arg.startsWith('--') && i !== topIndex + 1);
  const files = paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.cpuprofile'))
          .map((name) => join(path, name))
      : [path],
  );
  if (files.length === 0) {
    process.stderr.write('usage: profile-summary <file.cpuprofile | directory> [--top N]\n');
    process.exit(2);
  }
  const summary = summarize(
    files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile),
    top,
  );
  const section = (title: string, rows: SelfTime[]) =>
    [
      `\n${title}`,
      ...rows.map(
        (r) => `${r.percent.toFixed(1).padStart(5)}%  ${String(r.ms).padStart(9)} ms  ${r.name}`,
      ),
    ].join('\n');
  process.stdout.write(
    [
      `${files.length} profile(s), ${summary.totalMs.toLocaleString('en')} ms of samples (self time)`,
      section('by package', summary.byPackage),
      section('by file', summary.byFile),
      section('by function', summary.byFunction),
    ].join('\n') + '\n',
  );
}

if (require.main === module) main(process.argv.slice(2));
