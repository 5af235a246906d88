import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ActorRequest } from '../shared/actor';
import { QueryBus } from '@nestjs/cqrs';
import { YearPipe } from '../shared/year.pipe';
import { AsOfQueryDto, LeagueTableQueryDto } from './assessment.query-dto';
import {
  AwardDisqualificationsQuery,
  ControlIndicatorsQuery,
  ExportAssessmentQuery,
  LeagueTableQuery,
  PromotionBarsQuery,
  UnitAssessmentQuery,
} from './queries/assessment.queries';

@Controller('assessments')
export class AssessmentQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':year')
  leagueTable(@Param('year', YearPipe) year: number, @Query() query: LeagueTableQueryDto) {
    return this.queries.execute(new LeagueTableQuery(year, query));
  }

  @Get(':year/promotion-bars')
  promotionBars(@Param('year', YearPipe) year: number, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new PromotionBarsQuery(year, query));
  }

  @Get(':year/award-disqualifications')
  awardDisqualifications(@Param('year', YearPipe) year: number, @Query() query: AsOfQueryDto) {
    return this.queries.execute(new AwardDisqualificationsQuery(year, query));
  }

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

  @Get(':year/units/:unitId/control-indicators')
  controlIndicators(
    @Param('year', YearPipe) year: number,
    @Param('unitId') unitId: string,
    @Query() query: AsOfQueryDto,
  ) {
    return this.queries.execute(new ControlIndicatorsQuery(year, unitId, query));
  }

  @Get(':year/units/:unitId')
  unit(
    @Param('year', YearPipe) year: number,
    @Param('unitId') unitId: string,
    @Query() query: AsOfQueryDto,
  ) {
    return this.queries.execute(new UnitAssessmentQuery(year, unitId, query));
  }
}
