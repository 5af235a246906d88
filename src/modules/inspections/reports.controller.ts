import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toReportView } from '../../domain/inspections';
import { Ctx, type CommandContext } from '../shared/command-context';
import { InspectionRecords } from './inspection-records';
import { CloseReportCommand } from './handlers/close-report.handler';
import { ReceiveReportCommand } from './handlers/receive-report.handler';
import { VerifyReportCommand } from './handlers/verify-report.handler';
import { CloseReportDto, ReceiveReportDto, VerifyReportDto } from './inspections.dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';

/** Whistleblower reports (举报). */
@ApiSection(SECTIONS.inspections)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: InspectionRecords,
  ) {}

  @Route({
    roles: OFFICE,
    touches: [body('subjectUnitId')],
    summary: 'Receive a whistleblower report (举报受理)',
    answer: 'ReportWritten',
  })
  @Post()
  receive(@Body() body: ReceiveReportDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new ReceiveReportCommand({}, body, context));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'report')],
    summary: 'Get a whistleblower report',
    answer: 'Report',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toReportView(await this.records.reportInPath(id));
  }

  @Route({
    roles: OFFICE,
    touches: [
      param('id', 'report'),
      body('hazardIds[]', 'hazard'),
      body('penaltyIds[]', 'penalty'),
    ],
    summary: 'Verify a whistleblower report (举报核查)',
    answer: 'ReportWritten',
  })
  @Post(':id/verification')
  @HttpCode(200)
  verify(@Param('id') id: string, @Body() body: VerifyReportDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new VerifyReportCommand({ reportId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'report')],
    summary: 'Close a whistleblower report (举报办结)',
    answer: 'ReportWritten',
  })
  @Post(':id/closure')
  @HttpCode(200)
  close(@Param('id') id: string, @Body() body: CloseReportDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new CloseReportCommand({ reportId: id }, body, context));
  }
}
