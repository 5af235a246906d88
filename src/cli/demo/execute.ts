import type { ICommand } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../domain/shared/errors';
import { SYSTEM_ACTOR_IDS } from '../../domain/users';
import { flattenValidationErrors } from '../../infrastructure/http/validation';
import { ProblemException } from '../../infrastructure/http/problem';
import {
  AmendAgreementCommand,
  SignAgreementCommand,
} from '../../modules/agreements/agreements.commands';
import { AmendAgreementDto, SignAgreementDto } from '../../modules/agreements/agreements.dto';
import {
  AwardCommendationCommand,
  ScoreTaskCommand,
} from '../../modules/assessment/assessment.commands';
import { CommendationDto, TaskScoreDto } from '../../modules/assessment/assessment.dto';
import {
  BlacklistEnterpriseCommand,
  DecideAccountabilityActionCommand,
  DecidePenaltyCommand,
  RevokePenaltyCommand,
} from '../../modules/enforcement/enforcement.commands';
import {
  BlacklistEnterpriseDto,
  DecideAccountabilityActionDto,
  DecidePenaltyDto,
  RevokePenaltyDto,
} from '../../modules/enforcement/enforcement.dto';
import {
  ConcludeInvestigationCommand,
  EstablishMisreportingFindingCommand,
  ExtendInvestigationCommand,
  OpenInvestigationCommand,
  ReportIncidentCommand,
  ReviseCasualtiesCommand,
} from '../../modules/incidents/incidents.commands';
import {
  ConcludeInvestigationDto,
  ExtendInvestigationDto,
  MisreportingFindingDto,
  OpenInvestigationDto,
  ReportIncidentDto,
  ReviseCasualtiesDto,
} from '../../modules/incidents/incidents.dto';
import {
  CloseReportCommand,
  ConductInspectionCommand,
  ExtendHazardDeadlineCommand,
  IdentifyHazardCommand,
  PlanHazardRectificationCommand,
  ReceiveReportCommand,
  RectifyHazardCommand,
  VerifyHazardRectificationCommand,
  VerifyReportCommand,
} from '../../modules/inspections/inspections.commands';
import {
  CloseReportDto,
  ConductInspectionDto,
  ExtendHazardDeadlineDto,
  IdentifyHazardDto,
  PlanHazardRectificationDto,
  ReceiveReportDto,
  RectifyHazardDto,
  VerifyHazardRectificationDto,
  VerifyReportDto,
} from '../../modules/inspections/inspections.dto';
import { type CommandContext, hashRequestBody } from '../../modules/shared/command-context';
import {
  AppointPersonCommand,
  EndAppointmentCommand,
  RecordUnitStatisticsCommand,
  RegisterUnitCommand,
} from '../../modules/units/units.commands';
import {
  AppointPersonDto,
  EndAppointmentDto,
  RegisterUnitDto,
  UnitStatisticsDto,
} from '../../modules/units/units.dto';
import type { DemoCommand } from './types';

/** The options of the service's ValidationPipe: the demo's input is checked like HTTP input. */
const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/** A demo command the service refused: a bug of the generator, named with its place in the list. */
export class DemoCommandFailed extends Error {
  constructor(
    readonly index: number,
    readonly command: DemoCommand,
    reason: string,
  ) {
    super(`demo command #${index} (${command.type} ${describe(command)}) was refused: ${reason}`);
    this.name = 'DemoCommandFailed';
  }
}

function describe(command: DemoCommand): string {
  const params = Object.entries(command)
    .filter(([key]) => key !== 'type' && key !== 'body')
    .map(([, value]) => String(value));
  const id = (command.body as { id?: unknown }).id;
  return [...params, ...(typeof id === 'string' ? [id] : [])].join(' ') || '-';
}

async function dto<T extends object>(type: new () => T, body: object): Promise<T> {
  const instance = plainToInstance(type, body, { enableImplicitConversion: false });
  const errors = await validate(instance, VALIDATION);
  if (errors.length > 0) {
    const details = flattenValidationErrors(errors).map((e) => `${e.field}: ${e.message}`);
    throw new Error(`400 invalid input: ${details.join('; ')}`);
  }
  return instance;
}

/** The module command for a demo command, with its body validated as a DTO. */
export async function toBusCommand(
  command: DemoCommand,
  context: CommandContext,
): Promise<ICommand> {
  switch (command.type) {
    case 'RegisterUnit':
      return new RegisterUnitCommand(await dto(RegisterUnitDto, command.body), context);
    case 'AppointPerson':
      return new AppointPersonCommand(
        command.unitId,
        await dto(AppointPersonDto, command.body),
        context,
      );
    case 'EndAppointment':
      return new EndAppointmentCommand(
        command.unitId,
        command.personId,
        await dto(EndAppointmentDto, command.body),
        context,
      );
    case 'RecordUnitStatistics':
      return new RecordUnitStatisticsCommand(
        command.unitId,
        command.year,
        await dto(UnitStatisticsDto, command.body),
        context,
      );
    case 'SignAgreement':
      return new SignAgreementCommand(await dto(SignAgreementDto, command.body), context);
    case 'AmendAgreement':
      return new AmendAgreementCommand(
        command.agreementId,
        await dto(AmendAgreementDto, command.body),
        context,
      );
    case 'ConductInspection':
      return new ConductInspectionCommand(await dto(ConductInspectionDto, command.body), context);
    case 'IdentifyHazard':
      return new IdentifyHazardCommand(await dto(IdentifyHazardDto, command.body), context);
    case 'PlanHazardRectification':
      return new PlanHazardRectificationCommand(
        command.hazardId,
        await dto(PlanHazardRectificationDto, command.body),
        context,
      );
    case 'ExtendHazardDeadline':
      return new ExtendHazardDeadlineCommand(
        command.hazardId,
        await dto(ExtendHazardDeadlineDto, command.body),
        context,
      );
    case 'RectifyHazard':
      return new RectifyHazardCommand(
        command.hazardId,
        await dto(RectifyHazardDto, command.body),
        context,
      );
    case 'VerifyHazardRectification':
      return new VerifyHazardRectificationCommand(
        command.hazardId,
        await dto(VerifyHazardRectificationDto, command.body),
        context,
      );
    case 'ReceiveReport':
      return new ReceiveReportCommand(await dto(ReceiveReportDto, command.body), context);
    case 'VerifyReport':
      return new VerifyReportCommand(
        command.reportId,
        await dto(VerifyReportDto, command.body),
        context,
      );
    case 'CloseReport':
      return new CloseReportCommand(
        command.reportId,
        await dto(CloseReportDto, command.body),
        context,
      );
    case 'ReportIncident':
      return new ReportIncidentCommand(await dto(ReportIncidentDto, command.body), context);
    case 'ReviseCasualties':
      return new ReviseCasualtiesCommand(
        command.incidentId,
        await dto(ReviseCasualtiesDto, command.body),
        context,
      );
    case 'EstablishMisreportingFinding':
      return new EstablishMisreportingFindingCommand(
        command.incidentId,
        await dto(MisreportingFindingDto, command.body),
        context,
      );
    case 'OpenInvestigation':
      return new OpenInvestigationCommand(
        command.incidentId,
        await dto(OpenInvestigationDto, command.body),
        context,
      );
    case 'ExtendInvestigation':
      return new ExtendInvestigationCommand(
        command.incidentId,
        await dto(ExtendInvestigationDto, command.body),
        context,
      );
    case 'ConcludeInvestigation':
      return new ConcludeInvestigationCommand(
        command.incidentId,
        await dto(ConcludeInvestigationDto, command.body),
        context,
      );
    case 'DecidePenalty':
      return new DecidePenaltyCommand(await dto(DecidePenaltyDto, command.body), context);
    case 'RevokePenalty':
      return new RevokePenaltyCommand(
        command.penaltyId,
        await dto(RevokePenaltyDto, command.body),
        context,
      );
    case 'DecideAccountabilityAction':
      return new DecideAccountabilityActionCommand(
        await dto(DecideAccountabilityActionDto, command.body),
        context,
      );
    case 'BlacklistEnterprise':
      return new BlacklistEnterpriseCommand(
        await dto(BlacklistEnterpriseDto, command.body),
        context,
      );
    case 'ScoreTask':
      return new ScoreTaskCommand(
        command.year,
        command.unitId,
        await dto(TaskScoreDto, command.body),
        context,
      );
    case 'AwardCommendation':
      return new AwardCommendationCommand(
        command.year,
        command.unitId,
        await dto(CommendationDto, command.body),
        context,
      );
  }
}

/** Why the service refused: the problem (status and detail) or the domain's code and message. */
export function refusal(error: unknown): string {
  if (error instanceof ProblemException) {
    const fields = (error.problem.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    return `${error.problem.status} ${error.problem.detail}${fields.length ? ` (${fields.join('; ')})` : ''}`;
  }
  if (error instanceof DomainError) return `${error.kind} ${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The context of every demo command: the `demo` admin, a fixed clock, a reproducible request id. */
export function demoContext(
  command: DemoCommand,
  index: number,
  seed: number,
  now: Date,
): CommandContext {
  return {
    actor: { kind: 'system', id: SYSTEM_ACTOR_IDS.demo, role: 'admin' },
    requestId: `demo-${seed}-${index}`,
    now,
    requestHash: hashRequestBody(command.body),
  };
}
