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
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, INSPECTION, RECTIFYING } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';

@ApiSection(SECTIONS.inspections)
@Controller('hazards')
export class HazardsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: InspectionRecords,
  ) {}

  @Route({
    roles: INSPECTION,
    touches: [
      body('unitId'),
      body('supervisingUnitId'),
      body('source.inspectionId', 'inspection'),
      body('source.reportId', 'report'),
    ],
    summary: 'Identify a hidden hazard (隐患排查)',
    answer: 'HazardWritten',
  })
  @Post()
  identify(@Body() body: IdentifyHazardDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new IdentifyHazardCommand({}, body, context));
  }

  /** The hazard as of now (`overdue` at the time of reading). */
  @Route({
    roles: ALL,
    touches: [param('id', 'hazard')],
    summary: 'Get a hazard',
    answer: 'Hazard',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toHazardView(await this.records.hazardInPath(id), new Date().toISOString());
  }

  @Route({
    roles: INSPECTION,
    touches: [param('id', 'hazard')],
    summary: 'Plan the rectification of a hazard (五落实)',
    answer: 'HazardWritten',
  })
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

  @Route({
    roles: INSPECTION,
    touches: [param('id', 'hazard')],
    summary: "Extend a hazard's rectification deadline (延期整改)",
    answer: 'HazardWritten',
  })
  @Post(':id/extension')
  @HttpCode(200)
  extend(
    @Param('id') id: string,
    @Body() body: ExtendHazardDeadlineDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ExtendHazardDeadlineCommand({ hazardId: id }, body, context));
  }

  @Route({
    roles: RECTIFYING,
    touches: [param('id', 'hazard')],
    summary: 'Report a hazard rectified (隐患整改)',
    answer: 'HazardWritten',
  })
  @Post(':id/rectification')
  @HttpCode(200)
  rectify(@Param('id') id: string, @Body() body: RectifyHazardDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RectifyHazardCommand({ hazardId: id }, body, context));
  }

  @Route({
    roles: INSPECTION,
    touches: [param('id', 'hazard')],
    summary: 'Verify a rectification (整改验收; passed major hazards are delisted, 销号)',
    answer: 'HazardWritten',
  })
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
