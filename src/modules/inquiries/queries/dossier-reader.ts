import { Inject, Injectable } from '@nestjs/common';
import type { Dossier, DossierWindow } from '../../../../projections/queries/dossier';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { AS_OF_READS, type AsOfReads } from '../../as-of/as-of-reads';
import { AssessmentReader } from '../../assessment/queries/assessment-reader';
import { readDossier } from './dossier-reads';

/**
 * A person's dossier (unscoped): from the live read models and the live assessment, or — for an
 * as-of read — from both as recorded then (AsOfReads, off the request thread).
 */
@Injectable()
export class DossierReader {
  constructor(
    private readonly readModels: ReadModels,
    private readonly assessment: AssessmentReader,
    @Inject(AS_OF_READS) private readonly asOf: AsOfReads,
  ) {}

  async read(personId: string, window: DossierWindow, asOf?: string): Promise<Dossier | null> {
    if (asOf) return this.asOf.dossier(personId, window, asOf);
    const now = new Date();
    return readDossier(
      this.readModels,
      personId,
      window,
      now.toISOString(),
      async (year) => (await this.assessment.year(year, { now })).results,
    );
  }
}
