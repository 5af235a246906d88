import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { LOGGER } from '../../infrastructure/logging/logger';
import { AgreementsModule } from '../agreements/agreements.module';
import { UnitsModule } from '../units/units.module';
import { AssessmentDocumentsController } from './assessment-documents.controller';
import { AssessmentInputs } from './assessment-inputs';
import { DOCUMENT_PRINTER, type DocumentPrinter, inThreadPrinter } from './documents/printer';
import { PrinterThread } from './documents/printer-thread';
import { AssessmentQueryController } from './assessment.query-controller';
import { AssessmentsController } from './assessments.controller';
import { EscalationsController } from './escalations.controller';
import { EscalationsHandler } from './queries/escalations.query';
import { AwardCommendationHandler } from './handlers/award-commendation.handler';
import { FinalizeAssessmentYearHandler } from './handlers/finalize-assessment-year.handler';
import { PublishSchemeHandler } from './handlers/publish-scheme.handler';
import { ScoreTaskHandler } from './handlers/score-task.handler';
import { AssessmentReader } from './queries/assessment-reader';
import {
  AwardDisqualificationsHandler,
  ControlIndicatorsHandler,
  ExportAssessmentHandler,
  PromotionBarsHandler,
  UnitAssessmentHandler,
} from './queries/assessment.queries';
import { CorrectionsReader } from './queries/corrections-reader';
import { QuarterStandingsHandler } from './queries/quarter.query';
import { UnitNoticeHandler, YearReportHandler } from './queries/document.queries';
import { SchemesController } from './schemes.controller';

@Module({
  imports: [UnitsModule, AgreementsModule],
  controllers: [
    AssessmentQueryController,
    AssessmentDocumentsController,
    SchemesController,
    AssessmentsController,
    EscalationsController,
  ],
  providers: [
    AssessmentInputs,
    PublishSchemeHandler,
    ScoreTaskHandler,
    AwardCommendationHandler,
    FinalizeAssessmentYearHandler,
    AssessmentReader,
    CorrectionsReader,
    QuarterStandingsHandler,
    EscalationsHandler,
    UnitAssessmentHandler,
    PromotionBarsHandler,
    AwardDisqualificationsHandler,
    ExportAssessmentHandler,
    ControlIndicatorsHandler,
    UnitNoticeHandler,
    YearReportHandler,
    {
      provide: DOCUMENT_PRINTER,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: Logger): DocumentPrinter =>
        config.projectionsThread === 'worker'
          ? new PrinterThread(logger.child({ component: 'printer' }), config.maxQueuedDocuments)
          : inThreadPrinter,
    },
  ],
  exports: [AssessmentReader],
})
export class AssessmentModule implements OnModuleDestroy {
  constructor(@Inject(DOCUMENT_PRINTER) private readonly printer: DocumentPrinter) {}

  async onModuleDestroy(): Promise<void> {
    await this.printer.close();
  }
}
