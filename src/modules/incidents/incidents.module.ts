import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { ConcludeInvestigationHandler } from './handlers/conclude-investigation.handler';
import { CorrectIncidentHandler } from './handlers/correct-incident.handler';
import { EstablishMisreportingFindingHandler } from './handlers/establish-misreporting-finding.handler';
import { ExtendInvestigationHandler } from './handlers/extend-investigation.handler';
import { OpenInvestigationHandler } from './handlers/open-investigation.handler';
import { RecordRelayHandler } from './handlers/record-relay.handler';
import { ReportIncidentHandler } from './handlers/report-incident.handler';
import { ReviseCasualtiesHandler } from './handlers/revise-casualties.handler';
import {
  ApproveCorrectionHandler,
  RejectCorrectionHandler,
} from './handlers/review-correction.handler';
import { IncidentLookup } from './incident-lookup';
import { IncidentsController } from './incidents.controller';

@Module({
  imports: [UnitsModule],
  controllers: [IncidentsController],
  providers: [
    IncidentLookup,
    ReportIncidentHandler,
    ReviseCasualtiesHandler,
    EstablishMisreportingFindingHandler,
    OpenInvestigationHandler,
    ExtendInvestigationHandler,
    ConcludeInvestigationHandler,
    CorrectIncidentHandler,
    RecordRelayHandler,
    ApproveCorrectionHandler,
    RejectCorrectionHandler,
  ],
  exports: [IncidentLookup],
})
export class IncidentsModule {}
