import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  type HazardDoc,
  hazardsProjection,
  hazardsThatCountIn,
  type InspectionDoc,
  inspectionViewOf,
  type ReportDoc,
  reportViewOf,
} from '../../../../projections/hazards';
import { hazardLedgers, ledgerPeriod } from '../../../../projections/queries/hazard-ledger';
import {
  type HazardView,
  type InspectionView,
  isOverdue,
  type ReportView,
  toHazardView,
} from '../../../domain/inspections';
import { badRequest } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { comparing, type Order, orderOf, timeWindow, within } from '../../shared/list-query';
import { mapPage, type Page, pageOf } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import {
  HAZARD_LIST,
  type HazardLedgerQueryDto,
  INSPECTION_LIST,
  type ListHazardsQueryDto,
  type ListInspectionsQueryDto,
  type ListReportsQueryDto,
  REPORT_LIST,
} from '../inspections.query-dto';
import { HazardsOfUnit } from './hazards-of-unit';
import { givenFields, yearField } from '../../shared/filters';

type Paging = ReturnType<typeof pageOf>;

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

export class ListHazardsQuery {
  constructor(
    readonly filter: ListHazardsQueryDto,
    readonly now: Date,
  ) {}
}
export class HazardLedgerQuery {
  constructor(
    readonly filter: HazardLedgerQueryDto,
    readonly now: Date,
  ) {}
}
export class ListInspectionsQuery {
  constructor(readonly filter: ListInspectionsQueryDto) {}
}
export class ListReportsQuery {
  constructor(readonly filter: ListReportsQueryDto) {}
}

@QueryHandler(ListHazardsQuery)
export class ListHazardsHandler implements IQueryHandler<ListHazardsQuery> {
  constructor(private readonly hazards: HazardsOfUnit) {}

  async execute({ filter, now }: ListHazardsQuery): Promise<Page<HazardView>> {
    const where = within(givenFields(filter, ['level', 'status']), timeWindow(HAZARD_LIST, filter));
    const order = orderOf(HAZARD_LIST, filter.sort);
    const reference = now.toISOString();
    const paging = pageOf(filter);
    const { docs, total } =
      filter.overdue === undefined
        ? await this.hazards.page(filter.unitId, where, order, paging)
        : this.overdueOnly(await this.hazards.find(filter.unitId, where), filter.overdue, {
            reference,
            order,
            ...paging,
          });
    return {
      items: docs.map((h) => toHazardView(h.state, reference)),
      total,
      ...paging,
    };
  }

  /** Being overdue depends on the reading time: the page is cut in memory. */
  private overdueOnly(
    docs: HazardDoc[],
    overdue: string,
    { reference, order, limit, offset }: { reference: string; order: Order } & Paging,
  ): { docs: HazardDoc[]; total: number } {
    const kept = docs
      .filter((h) => isOverdue(h.state, reference) === (overdue === 'true'))
      .sort(comparing(order));
    return { docs: kept.slice(offset, offset + limit), total: kept.length };
  }
}

@QueryHandler(HazardLedgerQuery)
export class HazardLedgerHandler implements IQueryHandler<HazardLedgerQuery> {
  constructor(private readonly hazards: HazardsOfUnit) {}

  async execute({ filter, now }: HazardLedgerQuery) {
    const label = filter.month ?? filter.year;
    if (!label || (filter.month && filter.year)) {
      throw badRequest('Give exactly one of month (YYYY-MM) or year (YYYY).', [
        { field: 'month', message: 'exactly one of month or year is required' },
      ]);
    }
    const byMonth = filter.byMonth === 'true';
    if (byMonth && !filter.year) {
      throw badRequest('byMonth goes with year (YYYY).', [
        { field: 'byMonth', message: 'byMonth=true needs year' },
      ]);
    }
    const docs = await this.hazards.find(
      filter.unitId,
      hazardsThatCountIn(Number(label.slice(0, 4))),
    );
    const periods = [label, ...(byMonth ? MONTHS.map((month) => `${label}-${month}`) : [])];
    const [whole, ...months] = hazardLedgers(
      docs,
      periods.map(ledgerPeriod),
      now.toISOString(),
      filter.items === 'true',
    );
    return { unitId: filter.unitId, ...whole, ...(byMonth ? { months } : {}) };
  }
}

@QueryHandler(ListInspectionsQuery)
export class ListInspectionsHandler implements IQueryHandler<ListInspectionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListInspectionsQuery): Promise<Page<InspectionView>> {
    const filters = {
      ...givenFields(filter, ['inspectingUnitId', 'inspectedUnitId']),
      ...yearField(filter.year),
    };
    const page = await pageWithinUnit<InspectionDoc>(
      this.readModels,
      { projection: hazardsProjection, collection: 'inspections' },
      {
        where: within(filters, timeWindow(INSPECTION_LIST, filter)),
        unitField: 'inspectedUnitId',
        withinUnitId: filter.withinUnitId,
        sort: orderOf(INSPECTION_LIST, filter.sort),
        paging: filter,
      },
    );
    return mapPage(page, inspectionViewOf);
  }
}

@QueryHandler(ListReportsQuery)
export class ListReportsHandler implements IQueryHandler<ListReportsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListReportsQuery): Promise<Page<ReportView>> {
    const page = await pageWithinUnit<ReportDoc>(
      this.readModels,
      { projection: hazardsProjection, collection: 'reports' },
      {
        where: within(givenFields(filter, ['subjectUnitId']), timeWindow(REPORT_LIST, filter)),
        unitField: 'subjectUnitId',
        withinUnitId: filter.withinUnitId,
        sort: orderOf(REPORT_LIST, filter.sort),
        paging: filter,
      },
    );
    return mapPage(page, reportViewOf);
  }
}
