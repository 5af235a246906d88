import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { CloseReportHandler } from './handlers/close-report.handler';
import { ConductInspectionHandler } from './handlers/conduct-inspection.handler';
import { ExtendHazardDeadlineHandler } from './handlers/extend-hazard-deadline.handler';
import { IdentifyHazardHandler } from './handlers/identify-hazard.handler';
import { PlanHazardRectificationHandler } from './handlers/plan-hazard-rectification.handler';
import { ReceiveReportHandler } from './handlers/receive-report.handler';
import { RectifyHazardHandler } from './handlers/rectify-hazard.handler';
import { VerifyHazardRectificationHandler } from './handlers/verify-hazard-rectification.handler';
import { VerifyReportHandler } from './handlers/verify-report.handler';
import { HazardsController } from './hazards.controller';
import { InspectionRecords } from './inspection-records';
import { InspectionsController } from './inspections.controller';
import { InspectionsQueryController } from './inspections.query-controller';
import { HazardsOfUnit } from './queries/hazards-of-unit';
import {
  HazardLedgerHandler,
  ListHazardsHandler,
  ListInspectionsHandler,
  ListReportsHandler,
} from './queries/hazard.queries';
import { ReportsController } from './reports.controller';

@Module({
  imports: [UnitsModule],
  controllers: [
    InspectionsQueryController,
    InspectionsController,
    HazardsController,
    ReportsController,
  ],
  providers: [
    InspectionRecords,
    ConductInspectionHandler,
    IdentifyHazardHandler,
    PlanHazardRectificationHandler,
    ExtendHazardDeadlineHandler,
    RectifyHazardHandler,
    VerifyHazardRectificationHandler,
    ReceiveReportHandler,
    VerifyReportHandler,
    CloseReportHandler,
    HazardsOfUnit,
    ListHazardsHandler,
    HazardLedgerHandler,
    ListInspectionsHandler,
    ListReportsHandler,
  ],
  exports: [InspectionRecords],
})
export class InspectionsModule {}
