import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toHazardView } from '../../domain/inspections';
import { Ctx, type CommandContext } from '../shared/command-context';
import { InspectionRecords } from './inspection-records';
import { ExtendHazardDeadlineCommand } from './handlers/extend-hazard-deadline.handler';
import { IdentifyHazardCommand } from './handlers/identify-hazard.handler';
import { PlanHazardRectificationCommand } from './handlers/plan-hazard-rectification.handler';
import { RectifyHazardCommand } from './handlers/rectify-hazard.handler';
import { VerifyHazardRectificationCommand } from './handlers/verify-hazard-rectification.handler';
import {
  ExtendHazardDeadlineDto,
  IdentifyHazardDto,
  PlanHazardRectificationDto,
  RectifyHazardDto,
  VerifyHazardRectificationDto,
} from './inspections.dto';

@Controller('hazards')
export class HazardsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: InspectionRecords,
  ) {}

  @Post()
  identify(@Body() body: IdentifyHazardDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new IdentifyHazardCommand({}, body, context));
  }

  /** The hazard as of now (`overdue` at the time of reading). */
  @Get(':id')
  async get(@Param('id') id: string) {
    return toHazardView(await this.records.hazardInPath(id), new Date().toISOString());
  }

  @Post(':id/plan')
  @HttpCode(200)
  plan(
    @Param('id') id: string,
    @Body() body: PlanHazardRectificationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new PlanHazardRectificationCommand({ hazardId: id }, body, context),
    );
  }

  @Post(':id/extension')
  @HttpCode(200)
  extend(
    @Param('id') id: string,
    @Body() body: ExtendHazardDeadlineDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ExtendHazardDeadlineCommand({ hazardId: id }, body, context));
  }

  @Post(':id/rectification')
  @HttpCode(200)
  rectify(@Param('id') id: string, @Body() body: RectifyHazardDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RectifyHazardCommand({ hazardId: id }, body, context));
  }

  @Post(':id/verification')
  @HttpCode(200)
  verify(
    @Param('id') id: string,
    @Body() body: VerifyHazardRectificationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new VerifyHazardRectificationCommand({ hazardId: id }, body, context),
    );
  }
}
