import { Module } from '@nestjs/common';
import { AnchoringModule } from '../audit/anchoring/anchoring.module';
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
import { IncidentEvidenceHandler } from './queries/evidence/incident-evidence.query';
import { IncidentChainHandler } from './queries/incident-chain.query';
import {
  IncidentsQueryController,
  ResponsibilityChainController,
} from './queries/incidents.query-controller';
import { ListIncidentsHandler } from './queries/list-incidents.query';
import { UnitChainHandler } from './queries/unit-chain.query';

@Module({
  imports: [UnitsModule, AnchoringModule],
  controllers: [IncidentsQueryController, ResponsibilityChainController, IncidentsController],
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
    ListIncidentsHandler,
    IncidentChainHandler,
    IncidentEvidenceHandler,
    UnitChainHandler,
  ],
  exports: [IncidentLookup],
})
export class IncidentsModule {}
