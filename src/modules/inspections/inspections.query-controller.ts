import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  HazardLedgerQueryDto,
  ListHazardsQueryDto,
  ListInspectionsQueryDto,
  ListReportsQueryDto,
} from './inspections.query-dto';
import {
  HazardLedgerQuery,
  ListHazardsQuery,
  ListInspectionsQuery,
  ListReportsQuery,
} from './queries/hazard.queries';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { Route } from '../auth/route.decorator';
import { listWithinScope, readOfUnit } from '../auth/scoped-reads';

@ApiSection(SECTIONS.inspections)
@Controller()
export class InspectionsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    ...readOfUnit('unitId'),
    summary: 'List hazards (whose hazards: territory, department industries, enterprise)',
    answer: 'HazardPage',
  })
  @Get('hazards')
  hazards(@Query() filter: ListHazardsQueryDto) {
    return this.queries.execute(new ListHazardsQuery(filter, new Date()));
  }

  @Route({
    ...readOfUnit(),
    summary: 'Hazard ledger of a unit for a month or year (隐患台账)',
    answer: 'HazardLedger',
  })
  @Get('hazard-ledger')
  ledger(@Query() filter: HazardLedgerQueryDto) {
    return this.queries.execute(new HazardLedgerQuery(filter, new Date()));
  }

  @Route({
    ...listWithinScope('inspectedUnitId', ['inspectingUnitId', 'inspectedUnitId']),
    summary: 'List inspections',
    answer: 'InspectionPage',
  })
  @Get('inspections')
  inspections(@Query() filter: ListInspectionsQueryDto) {
    return this.queries.execute(new ListInspectionsQuery(filter));
  }

  @Route({
    ...listWithinScope('subjectUnitId', ['subjectUnitId']),
    summary: 'List whistleblower reports',
    answer: 'ReportPage',
  })
  @Get('reports')
  reports(@Query() filter: ListReportsQueryDto) {
    return this.queries.execute(new ListReportsQuery(filter));
  }
}
