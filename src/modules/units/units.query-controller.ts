import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListUnitsQuery } from './queries/list-units.query';
import { ListUnitsQueryDto } from './units.query-dto';

@Controller('units')
export class UnitsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  list(@Query() filter: ListUnitsQueryDto) {
    return this.queries.execute(new ListUnitsQuery(filter));
  }
}
