import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toIncidentView, withCorrectionEvents } from '../../domain/incidents';
import { Ctx, type CommandContext } from '../shared/command-context';
import { IncidentLookup } from './incident-lookup';
import { ApproveCorrectionCommand } from './handlers/review-correction.handler';
import { ConcludeInvestigationCommand } from './handlers/conclude-investigation.handler';
import { CorrectIncidentCommand } from './handlers/correct-incident.handler';
import { EstablishMisreportingFindingCommand } from './handlers/establish-misreporting-finding.handler';
import { ExtendInvestigationCommand } from './handlers/extend-investigation.handler';
import { OpenInvestigationCommand } from './handlers/open-investigation.handler';
import { RecordRelayCommand } from './handlers/record-relay.handler';
import { ReportIncidentCommand } from './handlers/report-incident.handler';
import { RejectCorrectionCommand } from './handlers/review-correction.handler';
import { ReviseCasualtiesCommand } from './handlers/revise-casualties.handler';
import {
  ApproveCorrectionDto,
  ConcludeInvestigationDto,
  CorrectIncidentDto,
  ExtendInvestigationDto,
  MisreportingFindingDto,
  OpenInvestigationDto,
  RelayDto,
  ReportIncidentDto,
  RejectCorrectionDto,
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
    return this.commands.execute(new ReportIncidentCommand({}, body, context));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const { state, events } = await this.incidents.inPath(id);
    const view = toIncidentView(state, new Date().toISOString());
    const recorded = events.map((e) => ({ ...e, ref: { streamId: e.streamId, eventId: e.id } }));
    return { ...view, corrections: withCorrectionEvents(view.corrections, recorded) };
  }

  @Post(':id/casualty-revisions')
  @HttpCode(200)
  reviseCasualties(
    @Param('id') id: string,
    @Body() body: ReviseCasualtiesDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ReviseCasualtiesCommand({ incidentId: id }, body, context));
  }

  @Post(':id/relays')
  @HttpCode(200)
  recordRelay(@Param('id') id: string, @Body() body: RelayDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RecordRelayCommand({ incidentId: id }, body, context));
  }

  @Post(':id/misreporting-findings')
  @HttpCode(200)
  establishFinding(
    @Param('id') id: string,
    @Body() body: MisreportingFindingDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new EstablishMisreportingFindingCommand({ incidentId: id }, body, context),
    );
  }

  @Post(':id/investigation')
  @HttpCode(200)
  openInvestigation(
    @Param('id') id: string,
    @Body() body: OpenInvestigationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new OpenInvestigationCommand({ incidentId: id }, body, context));
  }

  @Post(':id/investigation/extension')
  @HttpCode(200)
  extendInvestigation(
    @Param('id') id: string,
    @Body() body: ExtendInvestigationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ExtendInvestigationCommand({ incidentId: id }, body, context));
  }

  @Post(':id/investigation/conclusion')
  @HttpCode(200)
  concludeInvestigation(
    @Param('id') id: string,
    @Body() body: ConcludeInvestigationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new ConcludeInvestigationCommand({ incidentId: id }, body, context),
    );
  }

  @Post(':id/corrections')
  @HttpCode(201)
  correct(
    @Param('id') id: string,
    @Body() body: CorrectIncidentDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new CorrectIncidentCommand({ incidentId: id }, body, context));
  }

  @Post(':id/corrections/:correctionId/approval')
  @HttpCode(200)
  approveCorrection(
    @Param('id') id: string,
    @Param('correctionId') correctionId: string,
    @Body() body: ApproveCorrectionDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new ApproveCorrectionCommand({ incidentId: id, correctionId }, body, context),
    );
  }

  @Post(':id/corrections/:correctionId/rejection')
  @HttpCode(200)
  rejectCorrection(
    @Param('id') id: string,
    @Param('correctionId') correctionId: string,
    @Body() body: RejectCorrectionDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new RejectCorrectionCommand({ incidentId: id, correctionId }, body, context),
    );
  }
}
