import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { utc } from '../../shared/validators';
import { IncidentChainQuery } from './incident-chain.query';
import {
  IncidentChainQueryDto,
  ListIncidentsQueryDto,
  UnitChainQueryDto,
} from './incidents.query-dto';
import { ListIncidentsQuery } from './list-incidents.query';
import { UnitChainQuery } from './unit-chain.query';

@Controller('incidents')
export class IncidentsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  list(@Query() filter: ListIncidentsQueryDto) {
    return this.queries.execute(new ListIncidentsQuery(filter));
  }

  @Get(':id/responsibility-chain')
  chain(@Param('id') id: string, @Query() query: IncidentChainQueryDto) {
    return this.queries.execute(
      new IncidentChainQuery(id, query.asOf ? utc(query.asOf) : undefined),
    );
  }
}

@Controller('responsibility-chain')
export class ResponsibilityChainController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  chain(@Query() query: UnitChainQueryDto) {
    const asOf = query.asOf ? utc(query.asOf) : undefined;
    const at = query.at ? utc(query.at) : (asOf ?? new Date().toISOString());
    return this.queries.execute(new UnitChainQuery(query.unitId, at, asOf));
  }
}
