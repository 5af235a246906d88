import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { Projector } from '../../infrastructure/projections/projector';
import { type ParsedArgs, stringOption, UsageError } from '../args';
import type { CliIo } from '../commands';
import { Progress } from '../progress';
import { DemoCommandFailed, demoContext, refusal, toBusCommand } from './execute';
import { DEMO_SCALES, demoChunks, demoNow, type DemoOptions, type DemoScale } from './generate';

const DEMO_OPTIONS = ['year', 'scale', 'seed'];

/** `demo [--year 2025] [--scale district|city|province] [--seed 42]` (and the hidden `tiny`). */
export function demoOptions(args: ParsedArgs): DemoOptions {
  const unknown = Object.keys(args.options).filter((name) => !DEMO_OPTIONS.includes(name));
  if (unknown.length > 0) throw new UsageError(`unknown option --${unknown[0]}`);
  if (args.positional.length > 0) throw new UsageError(`unexpected ${args.positional[0]}`);
  const year = Number(stringOption(args, 'year', '2025'));
  if (!Number.isInteger(year) || year < 2001 || year > 2099) {
    throw new UsageError('--year must be a year from 2001 to 2099');
  }
  const scale = stringOption(args, 'scale', 'district');
  if (!(DEMO_SCALES as readonly string[]).includes(scale)) {
    throw new UsageError('--scale must be district, city or province');
  }
  const seed = Number(stringOption(args, 'seed', '42'));
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new UsageError('--seed must be an integer from 0 to 4294967295');
  }
  return { year, scale: scale as DemoScale, seed };
}

/**
 * Generates a year (pure, seeded) and executes it command by command through the command bus,
 * so every command is validated and decided exactly as an HTTP request would be. Projections are
 * paused while writing and catch up at the end.
 */
export async function demo(
  app: INestApplicationContext,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const options = demoOptions(args);
  const store = app.get<EventStore>(EVENT_STORE);
  const before = await store.lastPosition();
  if (before > 0) {
    io.err.write(
      'The event store already holds events; run the demo into an empty store (a new DATA_DIR).\n',
    );
    return 1;
  }
  let total = 0;
  for (const chunk of demoChunks(options)) total += chunk.length;
  io.err.write(
    `demo: ${total} commands for a ${options.scale} in ${options.year} (seed ${options.seed})\n`,
  );

  const bus = app.get(CommandBus);
  const runner = app.get(Projector);
  const now = demoNow(options.year);
  const progress = new Progress('demo', total, io.err, undefined, 'commands');
  let index = 0;
  await runner.stop();
  try {
    for (const chunk of demoChunks(options)) {
      for (const command of chunk) {
        const context = demoContext(command, index, options.seed, now);
        try {
          await bus.execute(await toBusCommand(command, context));
        } catch (error) {
          throw new DemoCommandFailed(index, command, refusal(error));
        }
        index += 1;
        progress.update(index);
      }
    }
    progress.finish(index);
  } finally {
    await runner.start();
  }
  const head = await store.lastPosition();
  const writing = progress.elapsed();

  const projecting = new Progress('projections', head, io.err, undefined, 'log position');
  while (!(await runner.waitFor(head, 250))) {
    const slots = runner.progress();
    projecting.update(slots.length > 0 ? Math.min(...slots.map((slot) => slot.position)) : 0);
  }
  projecting.finish(head);

  io.out(
    JSON.stringify(
      {
        ...options,
        commands: index,
        events: await countEvents(store, before),
        lastPosition: head,
        writeSeconds: Math.round(writing * 10) / 10,
        projectionSeconds: Math.round(projecting.elapsed() * 10) / 10,
        now: now.toISOString(),
      },
      null,
      2,
    ),
  );
  return 0;
}

/** Events after `from`, counted (positions need not count events: EventStoreDB's are byte offsets). */
async function countEvents(store: EventStore, from: number): Promise<number> {
  let count = 0;
  for (let position = from; ;) {
    const page = await store.readAll(position, { limit: 5000, raw: true });
    if (page.length === 0) return count;
    count += page.length;
    position = page[page.length - 1].position;
  }
}
