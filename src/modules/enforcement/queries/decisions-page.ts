import { enforcementProjection } from '../../../../projections/enforcement';
import type { ReadModels } from '../../../infrastructure/projections/read-models';
import { mapPage, type Page } from '../../shared/paging';
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
 * otherwise), each shown by `view` (the resource's view, as its `GET /…/:id` answers it).
 */
export async function pageOfDecisions<D extends { _id: string }, F extends DecisionsFilter, V>(
  readModels: ReadModels,
  collection: string,
  query: {
    list: ListQuery;
    filter: F;
    fields: ReadonlyArray<keyof F & string>;
    unitField: string;
    view: (doc: D) => V;
  },
): Promise<Page<V>> {
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
  return mapPage(page, query.view);
}
