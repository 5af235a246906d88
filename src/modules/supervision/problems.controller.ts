import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toProblemView } from '../../domain/supervision';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE, RECTIFYING } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { param } from '../auth/touches';
import { Ctx, type CommandContext } from '../shared/command-context';
import {
  ExtendProblemDeadlineCommand,
  RectifyProblemCommand,
  VerifyProblemCommand,
} from './handlers/problem-follow-up.handlers';
import { ExtendProblemDeadlineDto, RectifyProblemDto, VerifyProblemDto } from './supervision.dto';
import { SupervisionRecords } from './supervision-records';

/**
 * A problem concerns its target unit, whose users rectify it; its verification and extension are
 * for the patrol's leading side (`problemLead`), so a unit never verifies its own problem.
 */
@ApiSection(SECTIONS.supervision)
@Controller('problems')
export class ProblemsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: SupervisionRecords,
  ) {}

  /** The problem as of now (`overdue` at the time of reading). */
  @Route({
    roles: ALL,
    touches: [param('id', 'problem')],
    summary: 'Get a problem a patrol raised',
    answer: 'PatrolProblem',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toProblemView(await this.records.problemInPath(id), new Date().toISOString());
  }

  @Route({
    roles: RECTIFYING,
    touches: [param('id', 'problem')],
    summary: 'Report a problem rectified, with evidence (问题整改)',
    answer: 'PatrolProblemWritten',
  })
  @Post(':id/rectification')
  @HttpCode(200)
  rectify(
    @Param('id') id: string,
    @Body() body: RectifyProblemDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new RectifyProblemCommand({ problemId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'problem'), param('id', 'problemLead')],
    summary: "Verify a problem's rectification (整改验收; failed returns it to open)",
    answer: 'PatrolProblemWritten',
  })
  @Post(':id/verification')
  @HttpCode(200)
  verify(@Param('id') id: string, @Body() body: VerifyProblemDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new VerifyProblemCommand({ problemId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'problem'), param('id', 'problemLead')],
    summary: "Extend a problem's deadline before it passes (延期整改)",
    answer: 'PatrolProblemWritten',
  })
  @Post(':id/extension')
  @HttpCode(200)
  extend(
    @Param('id') id: string,
    @Body() body: ExtendProblemDeadlineDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new ExtendProblemDeadlineCommand({ problemId: id }, body, context),
    );
  }
}
