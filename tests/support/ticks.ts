import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../src/infrastructure/event-store/event-store.port';

/** Appends `perStream` rounds of one `Tick` to each of `streams` streams; returns the last position. */
export async function appendTicks(
  store: EventStore,
  streams: number,
  perStream: number,
): Promise<number> {
  let position = 0;
  for (let i = 0; i < perStream; i++) {
    for (let s = 0; s < streams; s++) {
      const result = await store.append(
        `tick-${s}`,
        [
          {
            id: randomUUID(),
            type: 'Tick',
            data: { i },
            metadata: { actorId: 'a', actorRole: 'admin', requestId: 'r' },
          },
        ],
        'any',
      );
      position = result.position;
    }
  }
  return position;
}
