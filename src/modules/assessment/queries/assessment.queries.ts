import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { AssessmentReader } from './assessment-reader';
import { CorrectionsReader } from './corrections-reader';
import type { Actor } from '../../shared/actor';
import { ScopeService } from '../../auth/scope.service';
import { assessmentWorkbook } from '../export/assessment-workbook';
import {
  toAwardDisqualificationsView,
  toPromotionBarsView,
  toUnitAssessmentView,
  type UnitAssessmentView,
} from '../assessment-views';
import type { AwardDisqualificationView, PromotionBarView } from '../../../domain/assessment/views';
import type { QuarterStandings } from './quarter-answer';

import { asOfOption, type ReadOptions } from './assessment-reader';

export { asOfOption, type ReadOptions };

export class UnitAssessmentQuery {
  constructor(
    readonly year: number,
    readonly unitId: string,
    readonly options: ReadOptions,
  ) {}
}

export class PromotionBarsQuery {
  constructor(
    readonly year: number,
    readonly options: ReadOptions,
  ) {}
}

export class AwardDisqualificationsQuery {
  constructor(
    readonly year: number,
    readonly options: ReadOptions,
  ) {}
}

@QueryHandler(UnitAssessmentQuery)
export class UnitAssessmentHandler implements IQueryHandler<UnitAssessmentQuery> {
  constructor(
    private readonly reader: AssessmentReader,
    private readonly corrections: CorrectionsReader,
  ) {}

  async execute({ year, unitId, options }: UnitAssessmentQuery): Promise<UnitAssessmentView> {
    const found = await this.reader.unit(year, unitId, asOfOption(options));
    if (!found) throw notFoundProblem(`No unit ${unitId}.`);
    return toUnitAssessmentView(found, await this.corrections.restingOn(found.result));
  }
}

@QueryHandler(PromotionBarsQuery)
export class PromotionBarsHandler implements IQueryHandler<PromotionBarsQuery> {
  constructor(private readonly reader: AssessmentReader) {}

  async execute({ year, options }: PromotionBarsQuery): Promise<PromotionBarView[]> {
    return toPromotionBarsView(await this.reader.year(year, asOfOption(options)));
  }
}

@QueryHandler(AwardDisqualificationsQuery)
export class AwardDisqualificationsHandler implements IQueryHandler<AwardDisqualificationsQuery> {
  constructor(private readonly reader: AssessmentReader) {}

  async execute({
    year,
    options,
  }: AwardDisqualificationsQuery): Promise<AwardDisqualificationView[]> {
    return toAwardDisqualificationsView(await this.reader.year(year, asOfOption(options)));
  }
}

export class ExportAssessmentQuery {
  constructor(
    readonly year: number,
    readonly options: ReadOptions,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(ExportAssessmentQuery)
export class ExportAssessmentHandler implements IQueryHandler<ExportAssessmentQuery> {
  constructor(
    private readonly reader: AssessmentReader,
    private readonly scopes: ScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ year, options, actor }: ExportAssessmentQuery): Promise<Buffer> {
    const readAt = new Date();
    const answer = await this.reader.year(year, { ...asOfOption(options), now: readAt });
    const quarters = await this.reader.quarters(year, { ...asOfOption(options), now: readAt });
    const visible = await Promise.all(
      answer.results.map((r) => this.scopes.inScope(actor, r.unitId)),
    );
    const inScope = new Set(answer.results.filter((_, i) => visible[i]).map((r) => r.unitId));
    return assessmentWorkbook(
      {
        year,
        issuingOffice: this.config.issuingOffice,
        finalized: answer.finalized,
        finalizedAt: answer.finalizedAt,
        readAt,
        asOf: answer.asOf,
      },
      answer.results.filter((_, i) => visible[i]),
      await Promise.all(quarters.map((q) => this.inScope(actor, q, inScope))),
    );
  }

  /** The quarter's units in the actor's scope (a unit assessed in a quarter is assessed in the year). */
  private async inScope(
    actor: Actor,
    standings: QuarterStandings,
    known: ReadonlySet<string>,
  ): Promise<QuarterStandings> {
    const visible = await Promise.all(
      standings.units.map(
        async (u) => known.has(u.unitId) || (await this.scopes.inScope(actor, u.unitId)),
      ),
    );
    return { ...standings, units: standings.units.filter((_, i) => visible[i]) };
  }
}

export class ControlIndicatorsQuery {
  constructor(
    readonly year: number,
    readonly unitId: string,
    readonly options: ReadOptions,
  ) {}
}

@QueryHandler(ControlIndicatorsQuery)
export class ControlIndicatorsHandler implements IQueryHandler<ControlIndicatorsQuery> {
  constructor(private readonly reader: AssessmentReader) {}

  async execute({ year, unitId, options }: ControlIndicatorsQuery) {
    const answer = await this.reader.controlIndicators(year, unitId, asOfOption(options));
    if (!answer) throw notFoundProblem(`No unit ${unitId}.`);
    return answer;
  }
}
