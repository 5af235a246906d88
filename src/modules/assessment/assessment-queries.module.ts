import { Module } from '@nestjs/common';
import { AssessmentQueryController } from './assessment.query-controller';
import { AssessmentReader } from './queries/assessment-reader';
import {
  AwardDisqualificationsHandler,
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
  ],
  exports: [AssessmentReader],
})
export class AssessmentQueriesModule {}
