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
import { ApiSection, SECTIONS } from '../../../infrastructure/http/openapi/sections';
import { ALL } from '../../auth/roles';
import { Route } from '../../auth/route.decorator';
import { param, query } from '../../auth/touches';

@ApiSection(SECTIONS.incidents)
@Controller('incidents')
export class IncidentsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    roles: ALL,
    touches: query('unitId'),
    defaultToScope: 'unitId',
    list: { field: 'unitId' },
    summary: 'List incidents attributed to a unit',
    answer: 'IncidentPage',
  })
  @Get()
  list(@Query() filter: ListIncidentsQueryDto) {
    return this.queries.execute(new ListIncidentsQuery(filter));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'incident')],
    summary: 'Responsibility chain of an incident at its occurrence (责任链)',
    answer: 'IncidentChain',
  })
  @Get(':id/responsibility-chain')
  chain(@Param('id') id: string, @Query() query: IncidentChainQueryDto) {
    return this.queries.execute(
      new IncidentChainQuery(id, query.asOf ? utc(query.asOf) : undefined),
    );
  }
}

@ApiSection(SECTIONS.audit)
@Controller('responsibility-chain')
export class ResponsibilityChainController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    roles: ALL,
    touches: query('unitId'),
    summary: 'Responsibility chain of a unit at a time (安全生产责任链)',
    answer: 'ResponsibilityChain',
  })
  @Get()
  chain(@Query() query: UnitChainQueryDto) {
    const asOf = query.asOf ? utc(query.asOf) : undefined;
    const at = query.at ? utc(query.at) : (asOf ?? new Date().toISOString());
    return this.queries.execute(new UnitChainQuery(query.unitId, at, asOf));
  }
}
