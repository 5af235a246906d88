import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toInspectionView } from '../../domain/inspections';
import { Ctx, type CommandContext } from '../shared/command-context';
import { InspectionRecords } from './inspection-records';
import { ConductInspectionCommand } from './handlers/conduct-inspection.handler';
import { ConductInspectionDto } from './inspections.dto';

@Controller('inspections')
export class InspectionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: InspectionRecords,
  ) {}

  /** Records the inspection and one hazard per finding. */
  @Post()
  conduct(@Body() body: ConductInspectionDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new ConductInspectionCommand({}, body, context));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return toInspectionView(await this.records.inspectionInPath(id));
  }
}
