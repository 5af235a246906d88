import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toInspectionView } from '../../domain/inspections';
import { Ctx, type CommandContext } from '../shared/command-context';
import { InspectionRecords } from './inspection-records';
import { ConductInspectionCommand } from './handlers/conduct-inspection.handler';
import { ConductInspectionDto } from './inspections.dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, INSPECTION } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';

@ApiSection(SECTIONS.inspections)
@Controller('inspections')
export class InspectionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: InspectionRecords,
  ) {}

  /** Records the inspection and one hazard per finding. */
  @Route({
    roles: INSPECTION,
    touches: [body('inspectedUnitId'), body('inspectingUnitId')],
    summary: 'Record an inspection and one hazard per finding (督查检查)',
    answer: 'InspectionConducted',
  })
  @Post()
  conduct(@Body() body: ConductInspectionDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new ConductInspectionCommand({}, body, context));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'inspection')],
    summary: 'Get an inspection',
    answer: 'Inspection',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toInspectionView(await this.records.inspectionInPath(id));
  }
}
