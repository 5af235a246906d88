import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { UnitsModule } from '../units/units.module';
import { AccountabilityController } from './accountability.controller';
import { BlacklistController } from './blacklist.controller';
import { BlacklistEnterpriseHandler } from './handlers/blacklist-enterprise.handler';
import { DecideAccountabilityActionHandler } from './handlers/decide-accountability-action.handler';
import { DecidePenaltyHandler } from './handlers/decide-penalty.handler';
import { RemoveFromBlacklistHandler } from './handlers/remove-from-blacklist.handler';
import { RevokePenaltyHandler } from './handlers/revoke-penalty.handler';
import { PenaltiesController } from './penalties.controller';
import { BlacklistCandidatesHandler } from './queries/blacklist-candidates.query';
import { EnforcementQueryController } from './queries/enforcement.query-controller';
import { ListActionsHandler } from './queries/list-actions.query';
import { ListBlacklistHandler } from './queries/list-blacklist.query';
import { ListPenaltiesHandler } from './queries/list-penalties.query';
import { ReferencedRecords } from './referenced-records';

@Module({
  imports: [UnitsModule, IncidentsModule],
  controllers: [
    EnforcementQueryController,
    PenaltiesController,
    AccountabilityController,
    BlacklistController,
  ],
  providers: [
    ReferencedRecords,
    DecidePenaltyHandler,
    RevokePenaltyHandler,
    DecideAccountabilityActionHandler,
    BlacklistEnterpriseHandler,
    RemoveFromBlacklistHandler,
    ListPenaltiesHandler,
    ListActionsHandler,
    ListBlacklistHandler,
    BlacklistCandidatesHandler,
  ],
})
export class EnforcementModule {}
