import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { utc } from '../../shared/validators';
import { BlacklistCandidatesQuery } from './blacklist-candidates.query';
import {
  CandidatesQueryDto,
  ListActionsQueryDto,
  ListBlacklistQueryDto,
  ListPenaltiesQueryDto,
} from './enforcement.query-dto';
import { ListActionsQuery } from './list-actions.query';
import { ListBlacklistQuery } from './list-blacklist.query';
import { ListPenaltiesQuery } from './list-penalties.query';
import { ApiSection, SECTIONS } from '../../../infrastructure/http/openapi/sections';
import { ALL } from '../../auth/roles';
import { Route } from '../../auth/route.decorator';
import { listWithinScope } from '../../auth/scoped-reads';

/** Reads of penalties, accountability actions and the serious-dishonesty list. */
@ApiSection(SECTIONS.enforcement)
@Controller()
export class EnforcementQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    ...listWithinScope('enterpriseId', ['enterpriseId', 'enforcingUnitId']),
    summary: 'List penalties',
    answer: 'PenaltyPage',
  })
  @Get('penalties')
  penalties(@Query() filter: ListPenaltiesQueryDto) {
    return this.queries.execute(new ListPenaltiesQuery(filter));
  }

  @Route({
    ...listWithinScope('targetUnitId', ['targetUnitId']),
    summary: 'List accountability actions',
    answer: 'AccountabilityActionPage',
  })
  @Get('accountability-actions')
  actions(@Query() filter: ListActionsQueryDto) {
    return this.queries.execute(new ListActionsQuery(filter));
  }

  @Route({
    ...listWithinScope('enterpriseId'),
    summary: 'The serious-dishonesty list (严重失信主体名单)',
    answer: 'BlacklistPage',
  })
  @Get('blacklist')
  blacklist(@Query() query: ListBlacklistQueryDto) {
    const at = query.at ? utc(query.at) : new Date().toISOString();
    return this.queries.execute(new ListBlacklistQuery(at, query, query.withinUnitId));
  }

  @Route({
    roles: ALL,
    touches: [],
    list: { field: 'enterpriseId' },
    summary: 'Enterprises that meet a listing rule and are not listed',
    answer: 'BlacklistCandidates',
  })
  @Get('blacklist/candidates')
  candidates(@Query() _read: CandidatesQueryDto) {
    return this.queries.execute(new BlacklistCandidatesQuery(new Date().toISOString()));
  }
}
