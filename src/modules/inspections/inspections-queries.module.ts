import { Module } from '@nestjs/common';
import { InspectionsQueryController } from './inspections.query-controller';
import { HazardsOfUnit } from './queries/hazards-of-unit';
import {
  HazardLedgerHandler,
  ListHazardsHandler,
  ListInspectionsHandler,
  ListReportsHandler,
} from './queries/hazard.queries';

@Module({
  controllers: [InspectionsQueryController],
  providers: [
    HazardsOfUnit,
    ListHazardsHandler,
    HazardLedgerHandler,
    ListInspectionsHandler,
    ListReportsHandler,
  ],
})
export class InspectionsQueriesModule {}
