import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  hazardsProjection,
  hazardsThatCountIn,
  type InspectionDoc,
  type ReportDoc,
} from '../../../../projections/hazards';
import { hazardLedger, ledgerPeriod } from '../../../../projections/queries/hazard-ledger';
import { isOverdue, toHazardView } from '../../../domain/inspections';
import { badRequest } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { pageOf } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import type {
  HazardLedgerQueryDto,
  ListHazardsQueryDto,
  ListInspectionsQueryDto,
  ListReportsQueryDto,
} from '../inspections.query-dto';
import { HazardsOfUnit } from './hazards-of-unit';
import { givenFields, yearField } from '../../shared/filters';

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

  async execute({ filter, now }: ListHazardsQuery) {
    const where = givenFields(filter, ['level', 'status']);
    const reference = now.toISOString();
    const docs = (await this.hazards.find(filter.unitId, where))
      .filter(
        (h) =>
          filter.overdue === undefined ||
          isOverdue(h.state, reference) === (filter.overdue === 'true'),
      )
      .sort((a, b) => b.identifiedAt.localeCompare(a.identifiedAt) || a._id.localeCompare(b._id));
    const { limit, offset } = pageOf(filter);
    return {
      items: docs
        .slice(offset, offset + limit)
        .map((h) => ({ ...toHazardView(h.state, reference), unitPath: h.unitPath })),
      total: docs.length,
      limit,
      offset,
    };
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
    const period = ledgerPeriod(label);
    const docs = await this.hazards.find(
      filter.unitId,
      hazardsThatCountIn(Number(label.slice(0, 4))),
    );
    return {
      unitId: filter.unitId,
      ...hazardLedger(docs, period, now.toISOString(), filter.items === 'true'),
    };
  }
}

@QueryHandler(ListInspectionsQuery)
export class ListInspectionsHandler implements IQueryHandler<ListInspectionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListInspectionsQuery) {
    const filters = {
      ...givenFields(filter, ['inspectingUnitId', 'inspectedUnitId']),
      ...yearField(filter.year),
    };
    return pageWithinUnit<InspectionDoc>(
      this.readModels,
      { projection: hazardsProjection, collection: 'inspections' },
      {
        where: filters,
        unitField: 'inspectedUnitId',
        withinUnitId: filter.withinUnitId,
        sort: [['conductedAt', -1]],
        paging: filter,
      },
    );
  }
}

@QueryHandler(ListReportsQuery)
export class ListReportsHandler implements IQueryHandler<ListReportsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListReportsQuery) {
    return pageWithinUnit<ReportDoc>(
      this.readModels,
      { projection: hazardsProjection, collection: 'reports' },
      {
        where: filter.subjectUnitId ? { subjectUnitId: filter.subjectUnitId } : {},
        unitField: 'subjectUnitId',
        withinUnitId: filter.withinUnitId,
        sort: [['receivedAt', -1]],
        paging: filter,
      },
    );
  }
}
