import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Ctx, type CommandContext } from '../shared/command-context';
import { YearPipe } from '../shared/year.pipe';
import { AwardCommendationCommand } from './handlers/award-commendation.handler';
import { FinalizeAssessmentYearCommand } from './handlers/finalize-assessment-year.handler';
import { ScoreTaskCommand } from './handlers/score-task.handler';
import { CommendationDto, FinalizationDto, TaskScoreDto } from './assessment.dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { OFFICE } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { param } from '../auth/touches';

/** Assessment inputs; the `GET /assessments/...` results are read models. */
@ApiSection(SECTIONS.assessment)
@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly commands: CommandBus) {}

  @Route({
    roles: OFFICE,
    touches: [param('unitId', 'unit')],
    summary: 'Score an agreement task (工作任务评分)',
    answer: 'UnitYearScores',
  })
  @Post(':year/units/:unitId/task-scores')
  scoreTask(
    @Param('year', YearPipe) year: number,
    @Param('unitId') unitId: string,
    @Body() body: TaskScoreDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ScoreTaskCommand({ year, unitId }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('unitId', 'unit')],
    summary: 'Record a commendation (表彰奖励加分)',
    answer: 'UnitYearScores',
  })
  @Post(':year/units/:unitId/commendations')
  award(
    @Param('year', YearPipe) year: number,
    @Param('unitId') unitId: string,
    @Body() body: CommendationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new AwardCommendationCommand({ year, unitId }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('year', 'year')],
    summary:
      "Finalise the year's assessment (考核定档); the answer lists what was still provisional",
    answer: 'YearFinalization',
  })
  @Post(':year/finalization')
  @HttpCode(200)
  finalize(
    @Param('year', YearPipe) year: number,
    @Body() body: FinalizationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new FinalizeAssessmentYearCommand({ year }, body, context));
  }
}
