import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { UnitsModule } from '../units/units.module';
import { AssessmentInputs } from './assessment-inputs';
import { AssessmentQueriesModule } from './assessment-queries.module';
import { AssessmentsController } from './assessments.controller';
import { AwardCommendationHandler } from './handlers/award-commendation.handler';
import { FinalizeAssessmentYearHandler } from './handlers/finalize-assessment-year.handler';
import { PublishSchemeHandler } from './handlers/publish-scheme.handler';
import { ScoreTaskHandler } from './handlers/score-task.handler';
import { SchemesController } from './schemes.controller';

@Module({
  imports: [UnitsModule, AgreementsModule, AssessmentQueriesModule],
  controllers: [SchemesController, AssessmentsController],
  providers: [
    AssessmentInputs,
    PublishSchemeHandler,
    ScoreTaskHandler,
    AwardCommendationHandler,
    FinalizeAssessmentYearHandler,
  ],
})
export class AssessmentModule {}
