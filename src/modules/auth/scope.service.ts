import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import {
  unitMovedTo,
  unitNamedByStreamId,
  unitOfFirstEvent,
} from '../../../projections/shared/stream-units';
import type { Actor } from '../shared/actor';

const MAX_CACHED = 100_000;

/**
 * A user acts on and sees its scope unit, its descendants and the enterprises under them.
 * Unit paths come from the unit streams (parents never change, so they are cached).
 */
@Injectable()
export class ScopeService {
  private readonly paths = new Map<string, string[] | null>();

  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  isGlobal(actor: Actor): boolean {
    return actor.scopeUnitId === undefined;
  }

  async inScope(actor: Actor, unitId: string): Promise<boolean> {
    if (this.isGlobal(actor)) return true;
    const path = await this.unitPath(unitId);
    return path !== null && path.includes(actor.scopeUnitId!);
  }

  /** The unit itself first, then each ancestor; null for an unknown unit. */
  async unitPath(unitId: string): Promise<string[] | null> {
    if (this.paths.has(unitId)) return this.paths.get(unitId)!;
    const path: string[] = [];
    let current: string | undefined = unitId;
    while (current && !path.includes(current)) {
      const cached = this.paths.get(current);
      if (cached) {
        path.push(...cached);
        break;
      }
      const [registered] = await this.events.readStream(`unit-${current}`);
      if (!registered) {
        if (path.length === 0) return null;
        path.push(current);
        break;
      }
      path.push(current);
      current = (registered.data as { parentId?: string }).parentId;
    }
    if (this.paths.size > MAX_CACHED) this.paths.clear();
    this.paths.set(unitId, path);
    return path;
  }

  /** The unit a resource stream concerns (`hazard-H1` → its unit), or null when unknown. */
  async unitOfStream(streamId: string): Promise<string | null> {
    const named = unitNamedByStreamId(streamId);
    if (named !== undefined) return named;
    const events = await this.events.readStream(streamId);
    if (events.length === 0) return null;
    const moves = events.map(unitMovedTo).filter((unitId) => unitId !== undefined);
    return moves.length > 0 ? moves[moves.length - 1] : unitOfFirstEvent(streamId, events[0].data);
  }
}
