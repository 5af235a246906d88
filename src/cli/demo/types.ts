import type { AmendAgreementDto, SignAgreementDto } from '../../modules/agreements/agreements.dto';
import type { CommendationDto, TaskScoreDto } from '../../modules/assessment/assessment.dto';
import type {
  BlacklistEnterpriseDto,
  DecideAccountabilityActionDto,
  DecidePenaltyDto,
  RevokePenaltyDto,
} from '../../modules/enforcement/enforcement.dto';
import type {
  ConcludeInvestigationDto,
  ExtendInvestigationDto,
  MisreportingFindingDto,
  OpenInvestigationDto,
  ReportIncidentDto,
  ReviseCasualtiesDto,
} from '../../modules/incidents/incidents.dto';
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
} from '../../modules/inspections/inspections.dto';
import type {
  AppointPersonDto,
  EndAppointmentDto,
  RegisterUnitDto,
  UnitStatisticsDto,
} from '../../modules/units/units.dto';

/** Plain data in the shape of a DTO (what an HTTP client would send as JSON). */
type Body<T> = { [K in keyof T]: T[K] extends Array<infer I> ? Array<Body<I>> : T[K] };

/**
 * One command of the demo as plain, serialisable data: the route's path parameters and the body
 * an HTTP client would send. The executor turns it into the module's command (validated DTO).
 */
export type DemoCommand =
  | { type: 'RegisterUnit'; body: Body<RegisterUnitDto> }
  | { type: 'AppointPerson'; unitId: string; body: Body<AppointPersonDto> }
  | { type: 'EndAppointment'; unitId: string; personId: string; body: Body<EndAppointmentDto> }
  | { type: 'RecordUnitStatistics'; unitId: string; year: number; body: Body<UnitStatisticsDto> }
  | { type: 'SignAgreement'; body: Body<SignAgreementDto> }
  | { type: 'AmendAgreement'; agreementId: string; body: Body<AmendAgreementDto> }
  | { type: 'ConductInspection'; body: Body<ConductInspectionDto> }
  | { type: 'IdentifyHazard'; body: Body<IdentifyHazardDto> }
  | { type: 'PlanHazardRectification'; hazardId: string; body: Body<PlanHazardRectificationDto> }
  | { type: 'ExtendHazardDeadline'; hazardId: string; body: Body<ExtendHazardDeadlineDto> }
  | { type: 'RectifyHazard'; hazardId: string; body: Body<RectifyHazardDto> }
  | {
      type: 'VerifyHazardRectification';
      hazardId: string;
      body: Body<VerifyHazardRectificationDto>;
    }
  | { type: 'ReceiveReport'; body: Body<ReceiveReportDto> }
  | { type: 'VerifyReport'; reportId: string; body: Body<VerifyReportDto> }
  | { type: 'CloseReport'; reportId: string; body: Body<CloseReportDto> }
  | { type: 'ReportIncident'; body: Body<ReportIncidentDto> }
  | { type: 'ReviseCasualties'; incidentId: string; body: Body<ReviseCasualtiesDto> }
  | {
      type: 'EstablishMisreportingFinding';
      incidentId: string;
      body: Body<MisreportingFindingDto>;
    }
  | { type: 'OpenInvestigation'; incidentId: string; body: Body<OpenInvestigationDto> }
  | { type: 'ExtendInvestigation'; incidentId: string; body: Body<ExtendInvestigationDto> }
  | { type: 'ConcludeInvestigation'; incidentId: string; body: Body<ConcludeInvestigationDto> }
  | { type: 'DecidePenalty'; body: Body<DecidePenaltyDto> }
  | { type: 'RevokePenalty'; penaltyId: string; body: Body<RevokePenaltyDto> }
  | { type: 'DecideAccountabilityAction'; body: Body<DecideAccountabilityActionDto> }
  | { type: 'BlacklistEnterprise'; body: Body<BlacklistEnterpriseDto> }
  | { type: 'ScoreTask'; year: number; unitId: string; body: Body<TaskScoreDto> }
  | { type: 'AwardCommendation'; year: number; unitId: string; body: Body<CommendationDto> };

export type DemoCommandType = DemoCommand['type'];

export const DEMO_SCALES = ['tiny', 'district', 'city', 'province'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];

export interface DemoOptions {
  year: number;
  scale: DemoScale;
  seed: number;
}
