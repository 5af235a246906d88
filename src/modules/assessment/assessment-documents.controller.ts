import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { param } from '../auth/touches';
import type { ActorRequest } from '../shared/actor';
import { YearPipe } from '../shared/year.pipe';
import { AsOfQueryDto } from './assessment.query-dto';
import { type PrintedDocument, UnitNoticeQuery, YearReportQuery } from './queries/document.queries';

/** RFC 5987 encoding for `filename*`: percent-encodes what `encodeURIComponent` leaves but may not. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Sends a PDF to open in the browser's viewer, named in ASCII and, for people, in Chinese. */
function sendPdf(response: Response, document: PrintedDocument, fileName: string): void {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  response
    .status(200)
    .type('application/pdf')
    .setHeader(
      'Content-Disposition',
      `inline; filename="${ascii}"; filename*=UTF-8''${rfc5987(`${document.title}.pdf`)}`,
    )
    .send(document.pdf);
}

/** Printable A4 documents of the assessment (Chinese, the CJK font embedded). */
@ApiSection(SECTIONS.assessment)
@Controller('assessments')
export class AssessmentDocumentsController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    roles: ALL,
    touches: [],
    summary:
      "The year's report as a PDF (考核结果报告): league table by unit kind, vetoes, promotion bars; units in the reader's scope",
  })
  @Get(':year/report.pdf')
  async report(
    @Param('year', YearPipe) year: number,
    @Query() query: AsOfQueryDto,
    @Req() request: ActorRequest,
    @Res() response: Response,
  ): Promise<void> {
    const document: PrintedDocument = await this.queries.execute(
      new YearReportQuery(year, query, request.actor!),
    );
    sendPdf(response, document, `assessment-${year}-report.pdf`);
  }

  @Route({
    roles: ALL,
    touches: [param('unitId', 'unit')],
    summary:
      "A unit's result notice as a PDF (考核结果通知书): score by section, every item, vetoes, bars, the events behind each line",
  })
  @Get(':year/units/:unitId/notice.pdf')
  async notice(
    @Param('year', YearPipe) year: number,
    @Param('unitId') unitId: string,
    @Query() query: AsOfQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const document: PrintedDocument = await this.queries.execute(
      new UnitNoticeQuery(year, unitId, query),
    );
    sendPdf(response, document, `assessment-${year}-${unitId}-notice.pdf`);
  }
}
