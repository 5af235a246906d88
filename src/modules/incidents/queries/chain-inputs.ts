import { Inject, Injectable } from '@nestjs/common';
import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
import { enforcementProjection, type ActionDoc } from '../../../../projections/enforcement';
import {
  INCIDENTS,
  incidentsProjection,
  type IncidentDoc,
} from '../../../../projections/incidents';
import type { ChainAction } from '../../../../projections/queries/responsibility-chain';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';
import { cstYear } from '../../../domain/shared/time';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import {
  AsOfSnapshot,
  type DocumentSource,
} from '../../../infrastructure/projections/as-of-snapshot';
import { ReadModels } from '../../../infrastructure/projections/read-models';

/** The read models a chain is computed from. */
const CHAIN_PROJECTIONS = [
  unitsProjection,
  agreementsProjection,
  incidentsProjection,
  enforcementProjection,
];

/**
 * Reads what a responsibility chain is computed from (units, agreements, incidents, accountability
 * actions), from the live read models or from them as recorded at `asOf`.
 */
@Injectable()
export class ChainInputs {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** The live read models, or (with `asOf`) the projections replayed over the events recorded by then. */
  async source(asOf?: string): Promise<DocumentSource> {
    return asOf ? AsOfSnapshot.build(this.events, CHAIN_PROJECTIONS, asOf) : this.readModels;
  }

  async unit(source: DocumentSource, unitId: string): Promise<UnitDoc | undefined> {
    const [unit] = await source.find<UnitDoc>(unitsProjection, 'units', {
      where: { _id: unitId },
    });
    return unit;
  }

  async incident(source: DocumentSource, incidentId: string): Promise<IncidentDoc | undefined> {
    const [incident] = await source.find<IncidentDoc>(incidentsProjection, INCIDENTS, {
      where: { _id: incidentId },
    });
    return incident;
  }

  /** The units of the path and the departments of every territory on it. */
  async units(source: DocumentSource, path: readonly string[]): Promise<UnitDoc[]> {
    const [onPath, departments] = await Promise.all([
      source.find<UnitDoc>(unitsProjection, 'units', { where: { _id: { $in: path } } }),
      source.find<UnitDoc>(unitsProjection, 'units', {
        where: { kind: 'department', parentId: { $in: path } },
      }),
    ]);
    return [...onPath, ...departments];
  }

  /** Agreements of the CST year of `at` whose responsible unit is one of `units`. */
  agreements(
    source: DocumentSource,
    units: readonly UnitDoc[],
    at: string,
  ): Promise<AgreementDoc[]> {
    return source.find<AgreementDoc>(agreementsProjection, 'agreements', {
      where: { year: cstYear(at), responsibleUnitId: { $in: units.map((u) => u._id) } },
    });
  }

  async actionsOf(source: DocumentSource, incidentId: string): Promise<ChainAction[]> {
    const actions = await source.find<ActionDoc>(enforcementProjection, 'actions', {
      where: { incidentId },
    });
    return actions.map((action) => ({
      id: action._id,
      targetPersonId: action.targetPersonId,
      targetUnitId: action.targetUnitId,
      form: action.form,
      decidingUnitId: action.decidingUnitId,
      decidedAt: action.decidedAt,
      reason: action.reason,
      ref: action.ref,
    }));
  }
}
