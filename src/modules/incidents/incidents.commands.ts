import type { CommandContext } from '../shared/command-context';
import type {
  ConcludeInvestigationDto,
  ApproveCorrectionDto,
  CorrectIncidentDto,
  RejectCorrectionDto,
  ExtendInvestigationDto,
  MisreportingFindingDto,
  OpenInvestigationDto,
  ReportIncidentDto,
  RelayDto,
  ReviseCasualtiesDto,
} from './incidents.dto';

export class ReportIncidentCommand {
  constructor(
    readonly body: ReportIncidentDto,
    readonly context: CommandContext,
  ) {}
}

export class ReviseCasualtiesCommand {
  constructor(
    readonly incidentId: string,
    readonly body: ReviseCasualtiesDto,
    readonly context: CommandContext,
  ) {}
}

export class EstablishMisreportingFindingCommand {
  constructor(
    readonly incidentId: string,
    readonly body: MisreportingFindingDto,
    readonly context: CommandContext,
  ) {}
}

export class OpenInvestigationCommand {
  constructor(
    readonly incidentId: string,
    readonly body: OpenInvestigationDto,
    readonly context: CommandContext,
  ) {}
}

export class ExtendInvestigationCommand {
  constructor(
    readonly incidentId: string,
    readonly body: ExtendInvestigationDto,
    readonly context: CommandContext,
  ) {}
}

export class ConcludeInvestigationCommand {
  constructor(
    readonly incidentId: string,
    readonly body: ConcludeInvestigationDto,
    readonly context: CommandContext,
  ) {}
}

export class CorrectIncidentCommand {
  constructor(
    readonly incidentId: string,
    readonly body: CorrectIncidentDto,
    readonly context: CommandContext,
  ) {}
}

export class RecordRelayCommand {
  constructor(
    readonly incidentId: string,
    readonly body: RelayDto,
    readonly context: CommandContext,
  ) {}
}

export class ApproveCorrectionCommand {
  constructor(
    readonly incidentId: string,
    readonly correctionId: string,
    readonly body: ApproveCorrectionDto,
    readonly context: CommandContext,
  ) {}
}

export class RejectCorrectionCommand {
  constructor(
    readonly incidentId: string,
    readonly correctionId: string,
    readonly body: RejectCorrectionDto,
    readonly context: CommandContext,
  ) {}
}
