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
import { ReferencedRecords } from './referenced-records';

@Module({
  imports: [UnitsModule, IncidentsModule],
  controllers: [PenaltiesController, AccountabilityController, BlacklistController],
  providers: [
    ReferencedRecords,
    DecidePenaltyHandler,
    RevokePenaltyHandler,
    DecideAccountabilityActionHandler,
    BlacklistEnterpriseHandler,
    RemoveFromBlacklistHandler,
  ],
})
export class EnforcementModule {}
