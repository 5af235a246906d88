import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ScopeService } from '../../auth/scope.service';
import type { Actor } from '../../shared/actor';
import { DOCUMENT_PRINTER, type DocumentPrinter } from '../documents/printer';
import type { YearAssessment } from './year-answer';
import { AssessmentReader } from './assessment-reader';
import { asOfOption, type ReadOptions } from './assessment.queries';

/** A printable document and what it is about, for its file name. */
export interface PrintedDocument {
  pdf: Buffer;
  /** Chinese, for people: `2025年度考核结果通知书-城关镇`. */
  title: string;
}

const headingOf = (config: AppConfig, answer: YearAssessment) => ({
  issuingOffice: config.issuingOffice,
  year: answer.year,
  finalized: answer.finalized,
  asOf: answer.asOf,
  printedAt: new Date().toISOString(),
});

/** 考核结果通知书 of one unit (the route's guard has checked the unit is in the reader's scope). */
export class UnitNoticeQuery {
  constructor(
    readonly year: number,
    readonly unitId: string,
    readonly options: ReadOptions,
  ) {}
}

@QueryHandler(UnitNoticeQuery)
export class UnitNoticeHandler implements IQueryHandler<UnitNoticeQuery> {
  constructor(
    private readonly reader: AssessmentReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DOCUMENT_PRINTER) private readonly printer: DocumentPrinter,
  ) {}

  async execute({ year, unitId, options }: UnitNoticeQuery): Promise<PrintedDocument> {
    const answer = await this.reader.year(year, asOfOption(options));
    const ranked = answer.results.find((r) => r.unitId === unitId);
    const result = ranked ?? (await this.reader.unit(year, unitId, asOfOption(options)))?.result;
    if (!result) throw notFoundProblem(`No unit ${unitId}.`);
    const rank = ranked
      ? {
          rank: ranked.rank,
          of: answer.results.filter((r) => r.unitKind === ranked.unitKind).length,
        }
      : null;
    const heading = headingOf(this.config, answer);
    const changes = answer.postFinalizationChanges.filter((c) => c.unitId === unitId);
    const pdf = await this.printer.print('notice', { heading, result, rank, changes });
    return { pdf, title: `${year}年度考核结果通知书-${result.unitName}` };
  }
}

/** The year's report, of the units in the reader's scope. */
export class YearReportQuery {
  constructor(
    readonly year: number,
    readonly options: ReadOptions,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(YearReportQuery)
export class YearReportHandler implements IQueryHandler<YearReportQuery> {
  constructor(
    private readonly reader: AssessmentReader,
    private readonly scopes: ScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DOCUMENT_PRINTER) private readonly printer: DocumentPrinter,
  ) {}

  async execute({ year, options, actor }: YearReportQuery): Promise<PrintedDocument> {
    const answer = await this.reader.year(year, asOfOption(options));
    const visible = await Promise.all(
      answer.results.map((r) => this.scopes.inScope(actor, r.unitId)),
    );
    const pdf = await this.printer.print('report', {
      heading: headingOf(this.config, answer),
      results: answer.results.filter((_, i) => visible[i]),
    });
    return { pdf, title: `${year}年度考核结果报告` };
  }
}
