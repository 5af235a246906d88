import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  incidentsProjection,
  INCIDENTS,
  type IncidentDoc,
  type IncidentRefs,
} from '../../../../projections/incidents';
import {
  attributionConditions,
  byOccurrenceDesc,
  type IncidentCondition,
} from '../../../../projections/queries/incident-attribution';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';
import { toIncidentView, type IncidentView } from '../../../domain/incidents';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { FindQuery, Where } from '../../../infrastructure/read-store/read-store.port';
import { type Page, pageOf } from '../../shared/paging';
import type { ListIncidentsQueryDto } from './incidents.query-dto';
import { givenFields, yearField } from '../../shared/filters';

export class ListIncidentsQuery {
  constructor(readonly filter: ListIncidentsQueryDto) {}
}

export interface IncidentListItem extends IncidentView {
  placePath: string[];
  year: number;
  refs: IncidentRefs;
}

const SORT: FindQuery['sort'] = [
  ['occurredAt', -1],
  ['_id', 1],
];

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

  async execute({ filter }: ListIncidentsQuery): Promise<Page<IncidentListItem>> {
    const plain = { ...yearField(filter.year), ...givenFields(filter, ['grade', 'industry']) };
    const wheres = filter.unitId
      ? (await this.conditionsFor(filter.unitId))
          .map((condition) => intersect(plain, condition))
          .filter((where): where is Where => where !== null)
      : [plain as Where];
    const { limit, offset } = pageOf(filter);
    const { docs, total } = await this.union(wheres, limit, offset);
    const now = new Date().toISOString();
    return { items: docs.map((doc) => toItem(doc, now)), total, limit, offset };
  }

  private async conditionsFor(unitId: string): Promise<IncidentCondition[]> {
    const unit = await this.readModels.get<UnitDoc>(unitsProjection, 'units', unitId);
    if (!unit) throw notFoundProblem(`No unit ${unitId}.`);
    return attributionConditions(unit);
  }

  /** One page of the incidents matching any of `wheres`, newest first. */
  private async union(
    wheres: readonly Where[],
    limit: number,
    offset: number,
  ): Promise<{ docs: IncidentDoc[]; total: number }> {
    const counts = await Promise.all(
      wheres.map((where) => this.readModels.count(incidentsProjection, INCIDENTS, where)),
    );
    const matching = wheres.filter((_, i) => counts[i] > 0);
    if (matching.length === 0) return { docs: [], total: 0 };
    if (matching.length === 1) {
      const docs = await this.readModels.find<IncidentDoc>(incidentsProjection, INCIDENTS, {
        where: matching[0],
        sort: SORT,
        limit,
        skip: offset,
      });
      return { docs, total: counts[wheres.indexOf(matching[0])] };
    }
    // Several non-empty conditions may overlap: merge them in memory.
    const all = new Map<string, IncidentDoc>();
    for (const where of matching) {
      const docs = await this.readModels.find<IncidentDoc>(incidentsProjection, INCIDENTS, {
        where,
      });
      for (const doc of docs) all.set(doc._id, doc);
    }
    const sorted = [...all.values()].sort(byOccurrenceDesc);
    return { docs: sorted.slice(offset, offset + limit), total: sorted.length };
  }
}

function toItem(doc: IncidentDoc, now: string): IncidentListItem {
  return {
    ...toIncidentView(doc.state, now),
    placePath: doc.placePath,
    year: doc.year,
    refs: doc.refs,
  };
}
