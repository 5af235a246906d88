import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  type Dossier,
  type DossierWindow,
  scopedDossier,
  unitsOfDossier,
} from '../../../../projections/queries/dossier';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { badRequest, notFoundProblem } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { ScopeService } from '../../auth/scope.service';
import type { Actor } from '../../shared/actor';
import { utc } from '../../shared/validators';
import { dossierWorkbook, unitIdsNamed } from '../export/dossier-workbook';
import { DossierReader } from './dossier-reader';

export interface DossierFilter {
  from?: string;
  to?: string;
  asOf?: string;
}

/** A person's dossier as the reader may see it, and when it was read. */
export type DossierAnswer = Dossier & { asOf: string | null };

export class DossierQuery {
  constructor(
    readonly personId: string,
    readonly filter: DossierFilter,
    readonly actor: Actor,
  ) {}
}

export class DossierWorkbookQuery extends DossierQuery {}

function windowOf({ from, to }: DossierFilter): DossierWindow {
  if (from && to && Date.parse(to) < Date.parse(from)) {
    throw badRequest('The window ends before it starts.', [
      { field: 'to', message: 'to must not be earlier than from' },
    ]);
  }
  return { ...(from ? { from: utc(from) } : {}), ...(to ? { to: utc(to) } : {}) };
}

/**
 * The dossier of a person (个人履职档案), cut to the units the reader may see: a scoped reader
 * gets the lines of units in its scope only. 404 for a person no record names.
 */
@QueryHandler(DossierQuery)
export class DossierHandler implements IQueryHandler<DossierQuery> {
  constructor(
    private readonly reader: DossierReader,
    private readonly scopes: ScopeService,
  ) {}

  async execute({ personId, filter, actor }: DossierQuery): Promise<DossierAnswer> {
    const asOf = filter.asOf ? utc(filter.asOf) : undefined;
    const found = await this.reader.read(personId, windowOf(filter), asOf);
    if (!found) {
      throw notFoundProblem(`No person ${personId}${asOf ? ` as recorded at ${asOf}` : ''}.`);
    }
    return { ...(await this.visibleTo(actor, found)), asOf: asOf ?? null };
  }

  private async visibleTo(actor: Actor, dossier: Dossier): Promise<Dossier> {
    if (this.scopes.isGlobal(actor)) return dossier;
    const units = unitsOfDossier(dossier);
    const seen = await Promise.all(units.map((unitId) => this.scopes.inScope(actor, unitId)));
    const visible = new Set(units.filter((_, i) => seen[i]));
    return scopedDossier(dossier, (unitId) => visible.has(unitId));
  }
}

/** The dossier as a workbook: one sheet per section, in Chinese, each row with its events. */
@QueryHandler(DossierWorkbookQuery)
export class DossierWorkbookHandler implements IQueryHandler<DossierWorkbookQuery> {
  constructor(
    private readonly dossiers: DossierHandler,
    private readonly readModels: ReadModels,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(query: DossierWorkbookQuery): Promise<Buffer> {
    const readAt = new Date();
    const answer = await this.dossiers.execute(query);
    return dossierWorkbook(
      { issuingOffice: this.config.issuingOffice, readAt, asOf: answer.asOf },
      answer,
      await unitNamesOf(this.readModels, answer),
    );
  }
}

/** The names of the units the dossier's lines name, by id (unit names never change). */
export async function unitNamesOf(
  readModels: ReadModels,
  dossier: Dossier,
): Promise<Record<string, string>> {
  const units = await readModels.find<UnitDoc>(unitsProjection, 'units', {
    where: { _id: { $in: unitIdsNamed(dossier) } },
  });
  return Object.fromEntries(units.map((u) => [u._id, u.name]));
}
