import { Module } from '@nestjs/common';
import { AssessmentQueryController } from './assessment.query-controller';
import { AssessmentReader } from './queries/assessment-reader';
import {
  AwardDisqualificationsHandler,
  ExportAssessmentHandler,
  LeagueTableHandler,
  PromotionBarsHandler,
  UnitAssessmentHandler,
} from './queries/assessment.queries';

@Module({
  controllers: [AssessmentQueryController],
  providers: [
    AssessmentReader,
    LeagueTableHandler,
    UnitAssessmentHandler,
    PromotionBarsHandler,
    AwardDisqualificationsHandler,
    ExportAssessmentHandler,
  ],
  exports: [AssessmentReader],
})
export class AssessmentQueriesModule {}
