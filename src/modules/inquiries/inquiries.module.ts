import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module';
import { PersonsController } from './persons.controller';
import { DossierHandler, DossierWorkbookHandler } from './queries/dossier.query';
import { DossierReader } from './queries/dossier-reader';
import { ListPersonsHandler } from './queries/list-persons.query';

/** Inquiries (纪检监察): persons who held posts, and a person's dossier. */
@Module({
  imports: [AssessmentModule],
  controllers: [PersonsController],
  providers: [DossierReader, ListPersonsHandler, DossierHandler, DossierWorkbookHandler],
})
export class InquiriesModule {}
