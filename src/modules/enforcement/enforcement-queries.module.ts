import { Module } from '@nestjs/common';
import { BlacklistCandidatesHandler } from './queries/blacklist-candidates.query';
import { EnforcementQueryController } from './queries/enforcement.query-controller';
import { ListActionsHandler } from './queries/list-actions.query';
import { ListBlacklistHandler } from './queries/list-blacklist.query';
import { ListPenaltiesHandler } from './queries/list-penalties.query';

/** GET /penalties, /accountability-actions, /blacklist and /blacklist/candidates. */
@Module({
  controllers: [EnforcementQueryController],
  providers: [
    ListPenaltiesHandler,
    ListActionsHandler,
    ListBlacklistHandler,
    BlacklistCandidatesHandler,
  ],
})
export class EnforcementQueriesModule {}
