import { Module } from '@nestjs/common';
import { AssessmentQueryController } from './assessment.query-controller';
import { AssessmentReader } from './queries/assessment-reader';
import { CorrectionsReader } from './queries/corrections-reader';
import {
  AwardDisqualificationsHandler,
  ControlIndicatorsHandler,
  ExportAssessmentHandler,
  LeagueTableHandler,
  PromotionBarsHandler,
  UnitAssessmentHandler,
} from './queries/assessment.queries';

@Module({
  controllers: [AssessmentQueryController],
  providers: [
    AssessmentReader,
    CorrectionsReader,
    LeagueTableHandler,
    UnitAssessmentHandler,
    PromotionBarsHandler,
    AwardDisqualificationsHandler,
    ExportAssessmentHandler,
    ControlIndicatorsHandler,
  ],
  exports: [AssessmentReader],
})
export class AssessmentQueriesModule {}
