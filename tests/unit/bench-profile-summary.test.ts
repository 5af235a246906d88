import { packageOf, summarize, type CpuProfile } from '../../bench/profile-summary';

const frame = (functionName: string, url: string, lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
});

describe('CPU profile summary', () => {
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('append', 'file:///app/dist/src/store.js', 9) },
      { id: 3, callFrame: frame('validate', 'file:///app/node_modules/class-validator/x.js') },
      { id: 4, callFrame: frame('', 'node:internal/streams') },
      { id: 5, callFrame: frame('(idle)', '') },
    ],
    samples: [2, 3, 2, 4, 1, 5],
    timeDeltas: [3_000, 1_000, 3_000, 2_000, 1_000, 50_000],
  };

  it('adds up self time per function, file and package, largest first, idle left out', () => {
    const summary = summarize([profile, profile]);
    expect(summary.totalMs).toBe(20);
    expect(summary.byFunction[0]).toEqual({
      name: 'append /app/dist/src/store.js:10',
      ms: 12,
      percent: 60,
    });
    expect(summary.byPackage.map((p) => p.name)).toEqual([
      'src',
      'node:internal',
      'node_modules/class-validator',
      '(native)',
    ]);
    expect(summary.byFile.find((f) => f.name === 'node_modules/class-validator/x.js')?.ms).toBe(2);
  });

  it('keeps only the top rows', () => {
    expect(summarize([profile], 2).byFunction).toHaveLength(2);
  });

  it('names scoped packages and project folders', () => {
    expect(packageOf('file:///a/node_modules/@nestjs/core/router/x.js')).toBe(
      'node_modules/@nestjs/core',
    );
    expect(packageOf('file:///a/dist/projections/units.js')).toBe('projections');
    expect(packageOf('file:///home/dev/bench/dist/src/main.js')).toBe('src');
  });
});
