import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { correctionEvents, toIncidentView } from '../../domain/incidents';
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
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE, REPORTING } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';
import { stepsOf } from '../contract/worked-example';

@ApiSection(SECTIONS.incidents)
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly incidents: IncidentLookup,
  ) {}

  @Route({
    roles: REPORTING,
    touches: [body('unitId')],
    summary: 'Report an incident (生产安全事故报告)',
    examples: stepsOf('POST /incidents'),
    answer: 'IncidentWritten',
  })
  @Post()
  report(@Body() body: ReportIncidentDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new ReportIncidentCommand({}, body, context));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'incident')],
    summary: 'Get an incident with its grade, findings and investigation',
    answer: 'Incident',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    const { state, events } = await this.incidents.inPath(id);
    const recorded = events.map((e) => ({ ...e, ref: { streamId: e.streamId, eventId: e.id } }));
    return toIncidentView(state, new Date().toISOString(), correctionEvents(recorded));
  }

  @Route({
    roles: REPORTING,
    touches: [param('id', 'incident')],
    summary: 'Revise the casualties of an incident (伤亡补报)',
    answer: 'IncidentWritten',
  })
  @Post(':id/casualty-revisions')
  @HttpCode(200)
  reviseCasualties(
    @Param('id') id: string,
    @Body() body: ReviseCasualtiesDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ReviseCasualtiesCommand({ incidentId: id }, body, context));
  }

  @Route({
    roles: REPORTING,
    touches: [param('id', 'incident'), body('unitId')],
    summary: 'Record a government level passing the report up within 2 hours (事故逐级上报)',
    answer: 'IncidentWritten',
  })
  @Post(':id/relays')
  @HttpCode(200)
  recordRelay(@Param('id') id: string, @Body() body: RelayDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RecordRelayCommand({ incidentId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [
      param('id', 'incident'),
      body('responsibleUnitIds[]'),
      body('responsiblePersonIds[]', 'person'),
    ],
    summary: 'Establish a late, omitted, false or concealed report (迟报、漏报、谎报、瞒报)',
    answer: 'IncidentWritten',
  })
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

  @Route({
    roles: OFFICE,
    touches: [param('id', 'incident')],
    summary: 'Open the investigation (事故调查)',
    answer: 'IncidentWritten',
  })
  @Post(':id/investigation')
  @HttpCode(200)
  openInvestigation(
    @Param('id') id: string,
    @Body() body: OpenInvestigationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new OpenInvestigationCommand({ incidentId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'incident')],
    summary: 'Extend the investigation (调查延期)',
    answer: 'IncidentWritten',
  })
  @Post(':id/investigation/extension')
  @HttpCode(200)
  extendInvestigation(
    @Param('id') id: string,
    @Body() body: ExtendInvestigationDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ExtendInvestigationCommand({ incidentId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [
      param('id', 'incident'),
      body('liable[].unitId'),
      body('liable[].personId', 'person'),
    ],
    summary: 'Conclude the investigation: cause, liable persons and units, measures (四不放过)',
    answer: 'IncidentWritten',
  })
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

  @Route({
    roles: OFFICE,
    touches: [
      param('id', 'incident'),
      { at: 'body.to', names: 'unit', when: { at: 'body.field', is: 'unitId' } },
    ],
    summary:
      "Propose a correction of an incident's details (更正, pending until approved: 四眼原则)",
    answer: 'CorrectionProposed',
  })
  @Post(':id/corrections')
  @HttpCode(201)
  correct(
    @Param('id') id: string,
    @Body() body: CorrectIncidentDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new CorrectIncidentCommand({ incidentId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'incident'), { ...param('correctionId', 'correction'), of: 'params.id' }],
    summary: 'Approve and apply a pending correction (another office or admin user)',
    answer: 'IncidentWritten',
  })
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

  @Route({
    roles: OFFICE,
    touches: [param('id', 'incident'), { ...param('correctionId', 'correction'), of: 'params.id' }],
    summary: 'Reject a pending correction (another office or admin user)',
    answer: 'IncidentWritten',
  })
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
