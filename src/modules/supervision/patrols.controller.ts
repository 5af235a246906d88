import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toPatrolView } from '../../domain/supervision';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';
import { Ctx, type CommandContext } from '../shared/command-context';
import { LaunchPatrolCommand } from './handlers/launch-patrol.handler';
import { RaiseProblemCommand } from './handlers/raise-problem.handler';
import { LaunchPatrolDto, RaiseProblemDto } from './supervision.dto';
import { SupervisionRecords } from './supervision-records';

@ApiSection(SECTIONS.supervision)
@Controller('patrols')
export class PatrolsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: SupervisionRecords,
  ) {}

  @Route({
    roles: OFFICE,
    touches: [body('leadUnitId'), body('targetUnitIds[]')],
    summary: 'Launch a patrol or supervision visit (巡查、督查)',
    answer: 'PatrolWritten',
  })
  @Post()
  launch(@Body() body: LaunchPatrolDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new LaunchPatrolCommand({}, body, context));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'patrol')],
    summary: 'Get a patrol or supervision visit',
    answer: 'Patrol',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toPatrolView(await this.records.patrolInPath(id));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'patrol'), body('targetUnitId')],
    summary: 'Raise a problem against a target unit, by duty area (巡查发现问题)',
    answer: 'PatrolProblemWritten',
  })
  @Post(':id/problems')
  raise(@Param('id') id: string, @Body() body: RaiseProblemDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RaiseProblemCommand({ patrolId: id }, body, context));
  }
}
