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

@Controller()
export class InspectionsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Get('hazards')
  hazards(@Query() filter: ListHazardsQueryDto) {
    return this.queries.execute(new ListHazardsQuery(filter, new Date()));
  }

  @Get('hazard-ledger')
  ledger(@Query() filter: HazardLedgerQueryDto) {
    return this.queries.execute(new HazardLedgerQuery(filter, new Date()));
  }

  @Get('inspections')
  inspections(@Query() filter: ListInspectionsQueryDto) {
    return this.queries.execute(new ListInspectionsQuery(filter));
  }

  @Get('reports')
  reports(@Query() filter: ListReportsQueryDto) {
    return this.queries.execute(new ListReportsQuery(filter));
  }
}
