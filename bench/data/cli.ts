/**
 * Writes a bench store on its own: `node dist/bench/data/cli.js <events.db> [events] [province|district]`.
 * Prints what was written (counts by type, refusals, time).
 */
import { generateStore } from './generate';
import { DISTRICT_WORLD, PROVINCE_WORLD } from './sizes';

async function main(): Promise<void> {
  const [file, events = '200000', kind = 'province'] = process.argv.slice(2);
  if (!file) throw new Error('usage: cli.js <events.db> [events] [province|district]');
  const district = kind === 'district';
  const result = await generateStore({
    file,
    targetEvents: Number(events),
    size: district ? DISTRICT_WORLD : PROVINCE_WORLD,
    assessedUnits: district ? 400 : 2_000,
    eventsPerYear: district ? 35_000 : 200_000,
    onProgress: (n) => process.stderr.write(`  ${n} events\n`),
  });
  const { world: _world, assessedUnitIds, ...summary } = result;
  process.stdout.write(
    `${JSON.stringify({ ...summary, assessed: assessedUnitIds.length, perSecond: Math.round(result.events / (result.ms / 1000)) }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
