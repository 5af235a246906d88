import { registeredUnit } from '../../shared/units-within';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  incidentsProjection,
  incidentViewOf,
  INCIDENTS,
  type IncidentDoc,
} from '../../../../projections/incidents';
import {
  attributionConditions,
  type IncidentCondition,
} from '../../../../projections/queries/incident-attribution';
import type { IncidentView } from '../../../domain/incidents';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Where } from '../../../infrastructure/read-store/read-store.port';
import { orderOf, timeWindow, within } from '../../shared/list-query';
import { type Page, pageOf } from '../../shared/paging';
import { INCIDENT_LIST, type ListIncidentsQueryDto } from './incidents.query-dto';
import { givenFields, yearField } from '../../shared/filters';
import { pageOfUnion } from '../../shared/union-page';

/** Incidents attributed to a unit; each item is the incident's view, as `GET /incidents/:id`. */
export class ListIncidentsQuery {
  constructor(readonly filter: ListIncidentsQueryDto) {}
}

/** Both conditions at once, or null when they cannot both hold (an industry outside `$in`). */
function intersect(
  filter: Record<string, string | number>,
  condition: IncidentCondition,
): Where | null {
  const where: Record<string, Where[string]> = { ...condition };
  for (const [field, value] of Object.entries(filter)) {
    const other = condition[field];
    if (other !== undefined && typeof other === 'object' && '$in' in other) {
      if (!other.$in.includes(String(value))) return null;
    } else if (other !== undefined && other !== value) {
      return null;
    }
    where[field] = value;
  }
  return where;
}

@QueryHandler(ListIncidentsQuery)
export class ListIncidentsHandler implements IQueryHandler<ListIncidentsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListIncidentsQuery): Promise<Page<IncidentView>> {
    const plain = { ...yearField(filter.year), ...givenFields(filter, ['grade', 'industry']) };
    const window = timeWindow(INCIDENT_LIST, filter);
    const wheres = (
      filter.unitId
        ? (await this.conditionsFor(filter.unitId))
            .map((condition) => intersect(plain, condition))
            .filter((where): where is Where => where !== null)
        : [plain as Where]
    ).map((where) => within(where, window));
    const { limit, offset } = pageOf(filter);
    const { docs, total } = await pageOfUnion<IncidentDoc>(
      this.readModels,
      { projection: incidentsProjection, collection: INCIDENTS },
      wheres,
      orderOf(INCIDENT_LIST, filter.sort),
      { limit, offset },
    );
    const now = new Date().toISOString();
    return { items: docs.map((doc) => incidentViewOf(doc, now)), total, limit, offset };
  }

  private async conditionsFor(unitId: string): Promise<IncidentCondition[]> {
    return attributionConditions(await registeredUnit(this.readModels, unitId));
  }
}
