import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toReportView } from '../../domain/inspections';
import { Ctx, type CommandContext } from '../shared/command-context';
import { InspectionRecords } from './inspection-records';
import { CloseReportCommand } from './handlers/close-report.handler';
import { ReceiveReportCommand } from './handlers/receive-report.handler';
import { VerifyReportCommand } from './handlers/verify-report.handler';
import { CloseReportDto, ReceiveReportDto, VerifyReportDto } from './inspections.dto';

/** Whistleblower reports (举报). */
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: InspectionRecords,
  ) {}

  @Post()
  receive(@Body() body: ReceiveReportDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new ReceiveReportCommand({}, body, context));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return toReportView(await this.records.reportInPath(id));
  }

  @Post(':id/verification')
  @HttpCode(200)
  verify(@Param('id') id: string, @Body() body: VerifyReportDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new VerifyReportCommand({ reportId: id }, body, context));
  }

  @Post(':id/closure')
  @HttpCode(200)
  close(@Param('id') id: string, @Body() body: CloseReportDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new CloseReportCommand({ reportId: id }, body, context));
  }
}
