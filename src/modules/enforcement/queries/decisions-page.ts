import { enforcementProjection } from '../../../../projections/enforcement';
import type { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import { givenFields, yearField } from '../../shared/filters';
import { type ListQuery, orderOf, timeWindow, within } from '../../shared/list-query';

/** What every list of decisions takes besides its own id filters. */
interface DecisionsFilter {
  /** Assessment year (CST) of `decidedAt`. */
  year?: string;
  withinUnitId?: string;
  from?: string;
  to?: string;
  sort?: string;
  limit?: string;
  offset?: string;
}

/**
 * One page of decisions (penalties, accountability actions) of the enforcement read model: those
 * whose `fields` equal the filter's where it names them, of its `year`, decided in its window and
 * within its unit by `unitField`; in the list's order (newest decision first unless `sort` says
 * otherwise), each with its `id` and without the read model's `lastPosition`.
 */
export async function pageOfDecisions<
  D extends { _id: string; lastPosition: number },
  F extends DecisionsFilter,
>(
  readModels: ReadModels,
  collection: string,
  query: { list: ListQuery; filter: F; fields: ReadonlyArray<keyof F & string>; unitField: string },
): Promise<Page<Omit<D, 'lastPosition'> & { id: string }>> {
  const { list, filter, fields, unitField } = query;
  const where = within(
    { ...givenFields(filter, fields), ...yearField(filter.year) },
    timeWindow(list, filter),
  );
  const page = await pageWithinUnit<D>(
    readModels,
    { projection: enforcementProjection, collection },
    {
      where,
      unitField,
      withinUnitId: filter.withinUnitId,
      sort: orderOf(list, filter.sort),
      paging: filter,
    },
  );
  return {
    ...page,
    items: page.items.map(({ lastPosition: _, ...doc }) => ({ id: doc._id, ...doc })),
  };
}
