import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { problemLedger } from '../../../../projections/queries/problem-ledger';
import type { UnitNode } from '../../../../projections/shared/unit-paths';
import {
  type OrderDoc,
  type PatrolDoc,
  type ProblemDoc,
  problemsThatCountIn,
  supervisionProjection,
} from '../../../../projections/supervision';
import {
  isOrderOverdue,
  isProblemOverdue,
  type PatrolView,
  type ProblemView,
  type SupervisionOrderView,
  toPatrolView,
  toProblemView,
  toSupervisionOrderView,
} from '../../../domain/supervision';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { FieldCondition } from '../../../infrastructure/read-store/read-store.port';
import { givenFields, yearField } from '../../shared/filters';
import { comparing, type ListQuery, orderOf, timeWindow, within } from '../../shared/list-query';
import { mapPage, type Page, pageOf } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import {
  type ListOrdersQueryDto,
  type ListPatrolsQueryDto,
  type ListProblemsQueryDto,
  ORDER_LIST,
  PATROL_LIST,
  PROBLEM_LIST,
  type ProblemLedgerQueryDto,
} from '../supervision.query-dto';

export class ListPatrolsQuery {
  constructor(readonly filter: ListPatrolsQueryDto) {}
}
export class ListProblemsQuery {
  constructor(
    readonly filter: ListProblemsQueryDto,
    readonly now: Date,
  ) {}
}
export class ProblemLedgerQuery {
  constructor(
    readonly filter: ProblemLedgerQueryDto,
    readonly now: Date,
  ) {}
}
export class ListOrdersQuery {
  constructor(
    readonly filter: ListOrdersQueryDto,
    readonly now: Date,
  ) {}
}

/** `unitId` as the unit's subtree (the documents' `unitPath`); 404 for a unit never registered. */
async function subtreeOf(
  readModels: ReadModels,
  unitId: string | undefined,
): Promise<Record<string, FieldCondition>> {
  if (!unitId) return {};
  const unit = await readModels.get<UnitNode>(supervisionProjection, 'unit_nodes', unitId);
  if (!unit) throw notFoundProblem(`No unit ${unitId}.`);
  return { unitPath: unitId };
}

/**
 * One page of a collection's documents matching `where`, as views; with `overdue`, cut in memory
 * (being overdue depends on the reading time).
 */
async function pageOfViews<D extends { _id: string }, V>(
  readModels: ReadModels,
  collection: string,
  query: {
    list: ListQuery;
    where: Record<string, FieldCondition>;
    filter: { sort?: string; limit?: string; offset?: string; overdue?: string };
    overdue: (doc: D) => boolean;
    view: (doc: D) => V;
  },
): Promise<Page<V>> {
  const { list, where, filter } = query;
  const order = orderOf(list, filter.sort);
  const { limit, offset } = pageOf(filter);
  if (filter.overdue === undefined) {
    const [docs, total] = await Promise.all([
      readModels.find<D>(supervisionProjection, collection, {
        where,
        sort: order,
        limit,
        skip: offset,
      }),
      readModels.count(supervisionProjection, collection, where),
    ]);
    return { items: docs.map(query.view), total, limit, offset };
  }
  const wanted = filter.overdue === 'true';
  const kept = (await readModels.find<D>(supervisionProjection, collection, { where }))
    .filter((doc) => query.overdue(doc) === wanted)
    .sort(comparing(order));
  return {
    items: kept.slice(offset, offset + limit).map(query.view),
    total: kept.length,
    limit,
    offset,
  };
}

@QueryHandler(ListPatrolsQuery)
export class ListPatrolsHandler implements IQueryHandler<ListPatrolsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListPatrolsQuery): Promise<Page<PatrolView>> {
    const where = within(
      {
        ...givenFields(filter, ['leadUnitId', 'kind']),
        ...(filter.targetUnitId ? { targetUnitIds: filter.targetUnitId } : {}),
        ...yearField(filter.year),
      },
      timeWindow(PATROL_LIST, filter),
    );
    const page = await pageWithinUnit<PatrolDoc>(
      this.readModels,
      { projection: supervisionProjection, collection: 'patrols' },
      {
        where,
        unitField: 'leadUnitId',
        withinUnitId: filter.withinUnitId,
        sort: orderOf(PATROL_LIST, filter.sort),
        paging: filter,
      },
    );
    return mapPage(page, (doc) => toPatrolView({ ...doc, id: doc._id }));
  }
}

@QueryHandler(ListProblemsQuery)
export class ListProblemsHandler implements IQueryHandler<ListProblemsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter, now }: ListProblemsQuery): Promise<Page<ProblemView>> {
    const reference = now.toISOString();
    const where = within(
      {
        ...(await subtreeOf(this.readModels, filter.unitId)),
        ...givenFields(filter, ['patrolId', 'duty', 'status']),
      },
      timeWindow(PROBLEM_LIST, filter),
    );
    return pageOfViews<ProblemDoc, ProblemView>(this.readModels, 'problems', {
      list: PROBLEM_LIST,
      where,
      filter,
      overdue: (doc) => isProblemOverdue(doc.state, reference),
      view: (doc) => toProblemView(doc.state, reference),
    });
  }
}

@QueryHandler(ProblemLedgerQuery)
export class ProblemLedgerHandler implements IQueryHandler<ProblemLedgerQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter, now }: ProblemLedgerQuery) {
    const year = Number(filter.year);
    const where = {
      ...(await subtreeOf(this.readModels, filter.unitId)),
      ...problemsThatCountIn(year),
    };
    const docs = await this.readModels.find<ProblemDoc>(supervisionProjection, 'problems', {
      where,
    });
    return {
      unitId: filter.unitId,
      ...problemLedger(docs, year, now.toISOString(), filter.items === 'true'),
    };
  }
}

@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter, now }: ListOrdersQuery): Promise<Page<SupervisionOrderView>> {
    const reference = now.toISOString();
    const where = within(
      {
        ...(await subtreeOf(this.readModels, filter.unitId)),
        ...givenFields(filter, ['issuerUnitId', 'status']),
      },
      timeWindow(ORDER_LIST, filter),
    );
    return pageOfViews<OrderDoc, SupervisionOrderView>(this.readModels, 'orders', {
      list: ORDER_LIST,
      where,
      filter,
      overdue: (doc) => isOrderOverdue(doc.state, reference),
      view: (doc) => toSupervisionOrderView(doc.state, reference),
    });
  }
}
