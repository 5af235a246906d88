import type { Projection } from '../../../projections/projection';
import { unitsProjection, type UnitDoc } from '../../../projections/units';
import { notFoundProblem } from '../../infrastructure/http/problem';
import type { ReadModels } from '../../infrastructure/projections/read-models';
import type {
  FieldCondition,
  FindQuery,
  Where,
} from '../../infrastructure/read-store/read-store.port';
import { type Page, PagedQueryDto, pageOf } from './paging';
import { OptionalId } from './validators';

/** A list read that can be narrowed to a unit's subtree (a scoped user's lists always are). */
export class WithinUnitPagedQueryDto extends PagedQueryDto {
  /** Only items of this unit or of a unit below it (enterprises included). */
  @OptionalId() withinUnitId?: string;
}

/** The unit's document in the units read model; 404 for a unit never registered. */
export async function registeredUnit(readModels: ReadModels, unitId: string): Promise<UnitDoc> {
  const unit = await readModels.get<UnitDoc>(unitsProjection, 'units', unitId);
  if (!unit) throw notFoundProblem(`No unit ${unitId}.`);
  return unit;
}

/** The unit and every unit below it (enterprises included), by the units read model's paths. */
export async function unitsWithin(readModels: ReadModels, unitId: string): Promise<string[]> {
  const units = await readModels.find<UnitDoc>(unitsProjection, 'units', {
    where: { path: unitId },
  });
  return units.map((unit) => unit._id);
}

/**
 * `where` narrowed to items whose `field` names `withinUnitId` or a unit below it, by the units
 * read model's paths; null when nothing can match (a unit named in `where` lies outside).
 */
async function whereWithinUnit(
  readModels: ReadModels,
  where: Record<string, FieldCondition>,
  field: string,
  withinUnitId: string | undefined,
): Promise<Where | null> {
  if (!withinUnitId) return where;
  const ids = await unitsWithin(readModels, withinUnitId);
  const named = where[field];
  if (named === undefined) return { ...where, [field]: { $in: ids } };
  return typeof named === 'string' && ids.includes(named) ? where : null;
}

/** One page of a collection's documents matching `where` and within `withinUnitId` by `unitField`. */
export async function pageWithinUnit<T extends { _id: string }>(
  readModels: ReadModels,
  source: { projection: Projection; collection: string },
  query: {
    where: Record<string, FieldCondition>;
    unitField: string;
    withinUnitId: string | undefined;
    sort: FindQuery['sort'];
    paging: { limit?: string; offset?: string };
  },
): Promise<Page<T>> {
  const { limit, offset } = pageOf(query.paging);
  const where = await whereWithinUnit(readModels, query.where, query.unitField, query.withinUnitId);
  if (!where) return { items: [], total: 0, limit, offset };
  const { projection, collection } = source;
  const [items, total] = await Promise.all([
    readModels.find<T>(projection, collection, { where, sort: query.sort, limit, skip: offset }),
    readModels.count(projection, collection, where),
  ]);
  return { items, total, limit, offset };
}
