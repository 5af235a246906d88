import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ActorRequest } from '../shared/actor';
import { QueryBus } from '@nestjs/cqrs';
import { QuarterPipe } from '../shared/quarter.pipe';
import { YearPipe } from '../shared/year.pipe';
import { AsOfQueryDto, LeagueTableQueryDto } from './assessment.query-dto';
import {
  AwardDisqualificationsQuery,
  ControlIndicatorsQuery,
  ExportAssessmentQuery,
  PromotionBarsQuery,
  UnitAssessmentQuery,
} from './queries/assessment.queries';
import { AssessmentReader } from './queries/assessment-reader';
import { QuarterStandingsQuery } from './queries/quarter.query';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { param, query } from '../auth/touches';

@ApiSection(SECTIONS.assessment)
@Controller('assessments')
export class AssessmentQueryController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reader: AssessmentReader,
  ) {}

  @Route({
    roles: ALL,
    touches: query('parentId'),
    list: { field: 'unitId' },
    summary: 'League table of the year (考核排名)',
    answer: 'LeagueTable',
  })
  @Get(':year')
  leagueTable(@Param('year', YearPipe) year: number, @Query() query: LeagueTableQueryDto) {
    return this.reader.leagueTable(year, query);
  }

  @Route({
    roles: ALL,
    touches: query('parentId'),
    list: { field: 'unitId' },
    summary:
      "Quarterly standings (季度考评): the league table at the quarter's end, with each unit's change since the previous quarter",
    answer: 'QuarterStandings',
  })
  @Get(':year/quarters/:q')
  quarter(
    @Param('year', YearPipe) year: number,
    // `number`, not the `Quarter` union: the OpenAPI explorer reads the parameter's runtime type.
    @Param('q', QuarterPipe) quarter: number,
    @Query() query: LeagueTableQueryDto,
  ) {
    return this.queries.execute(new QuarterStandingsQuery(year, quarter, query));
  }

  @Route({
    roles: ALL,
    touches: [],
    list: { field: 'unitId' },
    summary: 'Persons barred from promotion (取消晋级、提拔资格), each marked provisional or not',
    answer: 'PromotionBars',
  })
  @Get(':year/promotion-bars')
  promotionBars(@Param('year', YearPipe) year: number, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new PromotionBarsQuery(year, query));
  }

  @Route({
    roles: ALL,
    touches: [],
    list: { field: 'unitId' },
    summary: 'Units disqualified from awards (取消评先评优)',
    answer: 'AwardDisqualifications',
  })
  @Get(':year/award-disqualifications')
  awardDisqualifications(@Param('year', YearPipe) year: number, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new AwardDisqualificationsQuery(year, query));
  }

  @Route({ roles: ALL, touches: [], summary: 'The year as an Excel workbook (考核结果导出)' })
  @Get(':year/export.xlsx')
  async export(
    @Param('year', YearPipe) year: number,
    @Query() query: AsOfQueryDto,
    @Req() request: ActorRequest,
    @Res() response: Response,
  ): Promise<void> {
    const workbook: Buffer = await this.queries.execute(
      new ExportAssessmentQuery(year, query, request.actor!),
    );
    response
      .status(200)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .setHeader('Content-Disposition', `attachment; filename="assessment-${year}.xlsx"`)
      .send(workbook);
  }

  @Route({
    roles: ALL,
    touches: [param('unitId', 'unit')],
    summary: "A unit's control indicators against the year's incidents and rates (控制考核指标)",
    answer: 'UnitControlIndicators',
  })
  @Get(':year/units/:unitId/control-indicators')
  controlIndicators(
    @Param('year', YearPipe) year: number,
    @Param('unitId') unitId: string,
    @Query() query: AsOfQueryDto,
  ) {
    return this.queries.execute(new ControlIndicatorsQuery(year, unitId, query));
  }

  @Route({
    roles: ALL,
    touches: [param('unitId', 'unit')],
    summary: "A unit's assessment explained item by item (单位得分明细, 一票否决)",
    answer: 'UnitAssessment',
  })
  @Get(':year/units/:unitId')
  unit(
    @Param('year', YearPipe) year: number,
    @Param('unitId') unitId: string,
    @Query() query: AsOfQueryDto,
  ) {
    return this.queries.execute(new UnitAssessmentQuery(year, unitId, query));
  }
}
