import type { CommandContext } from '../shared/command-context';
import type {
  CloseReportDto,
  ConductInspectionDto,
  ExtendHazardDeadlineDto,
  IdentifyHazardDto,
  PlanHazardRectificationDto,
  ReceiveReportDto,
  RectifyHazardDto,
  VerifyHazardRectificationDto,
  VerifyReportDto,
} from './inspections.dto';

export class ConductInspectionCommand {
  constructor(
    readonly body: ConductInspectionDto,
    readonly context: CommandContext,
  ) {}
}

export class IdentifyHazardCommand {
  constructor(
    readonly body: IdentifyHazardDto,
    readonly context: CommandContext,
  ) {}
}

export class PlanHazardRectificationCommand {
  constructor(
    readonly hazardId: string,
    readonly body: PlanHazardRectificationDto,
    readonly context: CommandContext,
  ) {}
}

export class ExtendHazardDeadlineCommand {
  constructor(
    readonly hazardId: string,
    readonly body: ExtendHazardDeadlineDto,
    readonly context: CommandContext,
  ) {}
}

export class RectifyHazardCommand {
  constructor(
    readonly hazardId: string,
    readonly body: RectifyHazardDto,
    readonly context: CommandContext,
  ) {}
}

export class VerifyHazardRectificationCommand {
  constructor(
    readonly hazardId: string,
    readonly body: VerifyHazardRectificationDto,
    readonly context: CommandContext,
  ) {}
}

export class ReceiveReportCommand {
  constructor(
    readonly body: ReceiveReportDto,
    readonly context: CommandContext,
  ) {}
}

export class VerifyReportCommand {
  constructor(
    readonly reportId: string,
    readonly body: VerifyReportDto,
    readonly context: CommandContext,
  ) {}
}

export class CloseReportCommand {
  constructor(
    readonly reportId: string,
    readonly body: CloseReportDto,
    readonly context: CommandContext,
  ) {}
}
