import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toIncidentView } from '../../domain/incidents';
import { Ctx, type CommandContext } from '../shared/command-context';
import { IncidentLookup } from './incident-lookup';
import {
  ConcludeInvestigationCommand,
  CorrectIncidentCommand,
  EstablishMisreportingFindingCommand,
  ExtendInvestigationCommand,
  OpenInvestigationCommand,
  RecordRelayCommand,
  ReportIncidentCommand,
  ReviseCasualtiesCommand,
} from './incidents.commands';
import {
  ConcludeInvestigationDto,
  CorrectIncidentDto,
  ExtendInvestigationDto,
  MisreportingFindingDto,
  OpenInvestigationDto,
  RelayDto,
  ReportIncidentDto,
  ReviseCasualtiesDto,
} from './incidents.dto';

@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly incidents: IncidentLookup,
  ) {}

  @Post()
  report(@Body() body: ReportIncidentDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new ReportIncidentCommand(body, context));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const { state } = await this.incidents.inPath(id);
    return toIncidentView(state, new Date().toISOString());
  }

  @Post(':id/casualty-revisions')
  @HttpCode(200)
  reviseCasualties(
    @Param('id') id: string,
    @Body() body: ReviseCasualtiesDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ReviseCasualtiesCommand(id, body, context));
  }

  @Post(':id/relays')
  @HttpCode(200)
  recordRelay(@Param('id') id: string, @Body() body: RelayDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RecordRelayCommand(id, body, context));
  }

  @Post(':id/misreporting-findings')
  @HttpCode(200)
  establishFinding(
    @Param('id') id: string,
    @Body() body: MisreportingFindingDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new EstablishMisreportingFindingCommand(id, body, context));
  }

  @Post(':id/investigation')
  @HttpCode(200)
  openInvestigation(
    @Param('id') id: string,
    @Body() body: OpenInvestigationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new OpenInvestigationCommand(id, body, context));
  }

  @Post(':id/investigation/extension')
  @HttpCode(200)
  extendInvestigation(
    @Param('id') id: string,
    @Body() body: ExtendInvestigationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ExtendInvestigationCommand(id, body, context));
  }

  @Post(':id/investigation/conclusion')
  @HttpCode(200)
  concludeInvestigation(
    @Param('id') id: string,
    @Body() body: ConcludeInvestigationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ConcludeInvestigationCommand(id, body, context));
  }

  @Post(':id/corrections')
  @HttpCode(200)
  correct(
    @Param('id') id: string,
    @Body() body: CorrectIncidentDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new CorrectIncidentCommand(id, body, context));
  }
}
