import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListUnitsQuery } from './queries/list-units.query';
import { ListUnitsQueryDto } from './units.query-dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { query } from '../auth/touches';

@ApiSection(SECTIONS.units)
@Controller('units')
export class UnitsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    roles: ALL,
    touches: query('parentId', 'ancestorId'),
    defaultToScope: 'ancestorId',
    summary: 'List units',
    answer: 'UnitPage',
  })
  @Get()
  list(@Query() filter: ListUnitsQueryDto) {
    return this.queries.execute(new ListUnitsQuery(filter));
  }
}
