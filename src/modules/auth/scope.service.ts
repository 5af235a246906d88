import { Inject, Injectable } from '@nestjs/common';
import { unitsProjection, type UnitDoc } from '../../../projections/units';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { Projector } from '../../infrastructure/projections/projector';
import { ReadModels } from '../../infrastructure/projections/read-models';
import {
  unitInField,
  unitMovedTo,
  unitNamedByStreamId,
  unitOfFirstEvent,
} from '../../../projections/shared/stream-units';
import type { Actor } from '../shared/actor';
import type { StreamReads } from '../shared/stream-reads';
import { PersonUnits, type Placement } from './person-units';
import { projectionAtHead } from './projection-at-head';
import { type Named, RECORD_SIDES, type RecordSide } from './route-policy';

const MAX_CACHED = 100_000;

/**
 * A user acts on and sees its scope unit, its descendants and the enterprises under them.
 * Unit paths come from the unit streams (parents never change, so they are cached).
 */
@Injectable()
export class ScopeService {
  private readonly paths = new Map<string, string[] | null>();

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly readModels: ReadModels,
    private readonly projector: Projector,
    private readonly persons: PersonUnits,
  ) {}

  isGlobal(actor: Actor): boolean {
    return actor.scopeUnitId === undefined;
  }

  async inScope(actor: Actor, unitId: string): Promise<boolean> {
    return (await this.placeOfUnit(actor, unitId)) === 'within';
  }

  /**
   * Where the unit, record, person or year that `value` names lies for the actor. With `reads`
   * (the request's), a record's stream is read through them, so the command that follows
   * decides on that read instead of reading the stream again.
   */
  async placeOf(
    actor: Actor,
    names: Named,
    value: string,
    reads?: StreamReads,
  ): Promise<Placement> {
    if (this.isGlobal(actor)) return 'within';
    switch (names) {
      case 'unit':
        return this.placeOfUnit(actor, value);
      case 'person':
        return this.persons.placeOf(value, actor.scopeUnitId!);
      case 'year':
        return (await this.containsEveryUnit(actor)) ? 'within' : 'outside';
      case 'stream': {
        // The audit trail of a stream that concerns no unit is only for global scope.
        const unitId = await this.unitOfStream(value, reads);
        return unitId === null ? 'outside' : this.placeOfUnit(actor, unitId);
      }
      case 'correction':
        return this.placeOfCorrection(actor, value, reads);
      case 'problemLead':
      case 'orderIssuer':
        return this.placeOfSide(actor, names, value, reads);
      default: {
        const unitId = await this.unitOfStream(`${names}-${value}`, reads);
        return unitId === null ? 'unknown' : this.placeOfUnit(actor, unitId);
      }
    }
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
  async unitOfStream(streamId: string, reads?: StreamReads): Promise<string | null> {
    const named = unitNamedByStreamId(streamId);
    if (named !== undefined) return named;
    const events = await this.read(streamId, reads);
    if (events.length === 0) return null;
    const moves = events.map(unitMovedTo).filter((unitId) => unitId !== undefined);
    return moves.length > 0 ? moves[moves.length - 1] : unitOfFirstEvent(streamId, events[0].data);
  }

  private async placeOfUnit(actor: Actor, unitId: string): Promise<Placement> {
    if (this.isGlobal(actor)) return 'within';
    const path = await this.unitPath(unitId);
    if (path === null) return 'unknown';
    return path.includes(actor.scopeUnitId!) ? 'within' : 'outside';
  }

  /**
   * `<incidentId>/<correctionId>`: the incident's unit, or for a correction of `unitId` the unit it
   * would move the incident to; unknown for a correction not proposed.
   */
  private async placeOfCorrection(
    actor: Actor,
    value: string,
    reads?: StreamReads,
  ): Promise<Placement> {
    const slash = value.indexOf('/');
    if (slash < 0) return 'unknown';
    const streamId = `incident-${value.slice(0, slash)}`;
    const correctionId = value.slice(slash + 1);
    const proposal = (await this.read(streamId, reads)).find(
      (e) =>
        e.type === 'IncidentCorrectionProposed' &&
        (e.data as { correctionId?: string }).correctionId === correctionId,
    );
    if (!proposal) return 'unknown';
    const { field, to } = proposal.data as { field: string; to: string };
    if (field === 'unitId') return this.placeOfUnit(actor, to);
    const unitId = await this.unitOfStream(streamId, reads);
    return unitId === null ? 'unknown' : this.placeOfUnit(actor, unitId);
  }

  /** The unit a field of the record's first event names (RECORD_SIDES); unknown for no record. */
  private async placeOfSide(
    actor: Actor,
    side: RecordSide,
    value: string,
    reads?: StreamReads,
  ): Promise<Placement> {
    const { kind, field } = RECORD_SIDES[side];
    const [first] = await this.read(`${kind}-${value}`, reads);
    const unitId = first ? unitInField(first.data, field) : null;
    return unitId === null ? 'unknown' : this.placeOfUnit(actor, unitId);
  }

  private read(streamId: string, reads?: StreamReads) {
    return reads
      ? reads.read(streamId, () => this.events.readStream(streamId))
      : this.events.readStream(streamId);
  }

  /** A year concerns every registered unit: the scope must be the one and only top-level unit. */
  private async containsEveryUnit(actor: Actor): Promise<boolean> {
    const path = await this.unitPath(actor.scopeUnitId!);
    if (path?.length !== 1) return false;
    await projectionAtHead(this.events, this.projector, unitsProjection);
    const roots = await this.readModels.find<UnitDoc>(unitsProjection, 'units', {
      where: { parentId: null },
      limit: 2,
    });
    return roots.length === 1 && roots[0]._id === actor.scopeUnitId;
  }
}
