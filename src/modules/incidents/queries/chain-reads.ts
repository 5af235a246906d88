import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
import { enforcementProjection, type ActionDoc } from '../../../../projections/enforcement';
import {
  INCIDENTS,
  incidentsProjection,
  type IncidentDoc,
} from '../../../../projections/incidents';
import {
  type ChainAction,
  incidentChain,
  type IncidentChain,
  industryOfUnit,
  responsibilityChain,
  type ResponsibilityChain,
} from '../../../../projections/queries/responsibility-chain';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';
import { cstYear } from '../../../domain/shared/time';
import type { DocumentSource } from '../../../infrastructure/projections/as-of-snapshot';

/**
 * Responsibility chains computed from what they read (units, agreements, incidents,
 * accountability actions) in the live read models or in them as recorded at a past time.
 */

/** The chain of a unit at `at`; null when the source has no such unit. */
export async function readUnitChain(
  source: DocumentSource,
  unitId: string,
  at: string,
): Promise<ResponsibilityChain | null> {
  const [unit] = await source.find<UnitDoc>(unitsProjection, 'units', { where: { _id: unitId } });
  if (!unit) return null;
  const units = await unitsOnPath(source, unit.path);
  const agreements = await agreementsOf(source, units, at);
  return responsibilityChain(
    { unitId, path: unit.path, industry: industryOfUnit(unit) },
    units,
    agreements,
    at,
  );
}

/** The chain at the incident's `occurredAt`, with its liable findings and accountability actions. */
export async function readIncidentChain(
  source: DocumentSource,
  incidentId: string,
): Promise<IncidentChain | null> {
  const [incident] = await source.find<IncidentDoc>(incidentsProjection, INCIDENTS, {
    where: { _id: incidentId },
  });
  if (!incident) return null;
  const at = incident.occurredAt;
  const units = await unitsOnPath(source, incident.placePath);
  const [agreements, actions] = await Promise.all([
    agreementsOf(source, units, at),
    actionsOf(source, incidentId),
  ]);
  const conclusion = incident.state.investigation?.conclusion ?? null;
  return incidentChain(
    {
      id: incident._id,
      unitId: incident.unitId,
      placePath: incident.placePath,
      industry: incident.industry,
      occurredAt: at,
      liable: conclusion ? conclusion.liable : [],
      conclusionRef: incident.refs.conclusion ?? null,
    },
    units,
    agreements,
    actions,
  );
}

/** The units of the path and the departments of every territory on it. */
async function unitsOnPath(source: DocumentSource, path: readonly string[]): Promise<UnitDoc[]> {
  const [onPath, departments] = await Promise.all([
    source.find<UnitDoc>(unitsProjection, 'units', { where: { _id: { $in: path } } }),
    source.find<UnitDoc>(unitsProjection, 'units', {
      where: { kind: 'department', parentId: { $in: path } },
    }),
  ]);
  return [...onPath, ...departments];
}

/** Agreements of the CST year of `at` whose responsible unit is one of `units`. */
function agreementsOf(
  source: DocumentSource,
  units: readonly UnitDoc[],
  at: string,
): Promise<AgreementDoc[]> {
  return source.find<AgreementDoc>(agreementsProjection, 'agreements', {
    where: { year: cstYear(at), responsibleUnitId: { $in: units.map((u) => u._id) } },
  });
}

async function actionsOf(source: DocumentSource, incidentId: string): Promise<ChainAction[]> {
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
