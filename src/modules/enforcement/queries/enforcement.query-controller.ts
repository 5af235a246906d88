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

/** Reads of penalties, accountability actions and the serious-dishonesty list. */
@Controller()
export class EnforcementQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Get('penalties')
  penalties(@Query() filter: ListPenaltiesQueryDto) {
    return this.queries.execute(new ListPenaltiesQuery(filter));
  }

  @Get('accountability-actions')
  actions(@Query() filter: ListActionsQueryDto) {
    return this.queries.execute(new ListActionsQuery(filter));
  }

  @Get('blacklist')
  blacklist(@Query() query: ListBlacklistQueryDto) {
    const at = query.at ? utc(query.at) : new Date().toISOString();
    return this.queries.execute(new ListBlacklistQuery(at, query, query.withinUnitId));
  }

  @Get('blacklist/candidates')
  candidates(@Query() _read: CandidatesQueryDto) {
    return this.queries.execute(new BlacklistCandidatesQuery(new Date().toISOString()));
  }
}
