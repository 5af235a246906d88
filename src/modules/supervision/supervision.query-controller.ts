import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { Route } from '../auth/route.decorator';
import { listWithinScope, readOfUnit } from '../auth/scoped-reads';
import {
  ListOrdersQuery,
  ListPatrolsQuery,
  ListProblemsQuery,
  ProblemLedgerQuery,
} from './queries/supervision.queries';
import {
  ListOrdersQueryDto,
  ListPatrolsQueryDto,
  ListProblemsQueryDto,
  ProblemLedgerQueryDto,
} from './supervision.query-dto';

/** The lists and the ledger of the office's supervision; registered before the `:id` routes. */
@ApiSection(SECTIONS.supervision)
@Controller()
export class SupervisionQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    ...listWithinScope('leadUnitId', ['leadUnitId', 'targetUnitId']),
    summary: 'List patrols and supervision visits (巡查、督查)',
    answer: 'PatrolPage',
  })
  @Get('patrols')
  patrols(@Query() filter: ListPatrolsQueryDto) {
    return this.queries.execute(new ListPatrolsQuery(filter));
  }

  @Route({
    ...readOfUnit('targetUnitId'),
    summary:
      'List the problems patrols raised (巡查督查发现问题), of a unit and the units below it',
    answer: 'PatrolProblemPage',
  })
  @Get('problems')
  problems(@Query() filter: ListProblemsQueryDto) {
    return this.queries.execute(new ListProblemsQuery(filter, new Date()));
  }

  @Route({
    ...readOfUnit(),
    summary:
      'Problem ledger of a unit for a year (巡查督查问题台账): raised, rectified, overdue, rate',
    answer: 'PatrolProblemLedger',
  })
  @Get('problem-ledger')
  ledger(@Query() filter: ProblemLedgerQueryDto) {
    return this.queries.execute(new ProblemLedgerQuery(filter, new Date()));
  }

  @Route({
    ...readOfUnit('targetUnitId', ['issuerUnitId']),
    summary: 'List supervision orders (督办函) to a unit and the units below it',
    answer: 'SupervisionOrderPage',
  })
  @Get('supervision-orders')
  orders(@Query() filter: ListOrdersQueryDto) {
    return this.queries.execute(new ListOrdersQuery(filter, new Date()));
  }
}
