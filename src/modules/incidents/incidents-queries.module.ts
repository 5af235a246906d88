import { Module } from '@nestjs/common';
import { IncidentChainHandler } from './queries/incident-chain.query';
import {
  IncidentsQueryController,
  ResponsibilityChainController,
} from './queries/incidents.query-controller';
import { ListIncidentsHandler } from './queries/list-incidents.query';
import { UnitChainHandler } from './queries/unit-chain.query';

/** Reads of incidents and responsibility chains (GET /incidents, chains at a time). */
@Module({
  controllers: [IncidentsQueryController, ResponsibilityChainController],
  providers: [ListIncidentsHandler, IncidentChainHandler, UnitChainHandler],
})
export class IncidentsQueriesModule {}
