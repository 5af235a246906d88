import type { SchemeView } from '../../domain/assessment/scheme-view';
import type { AwardDisqualificationView, PromotionBarView } from '../../domain/assessment/views';
import type { AgreementView } from '../../domain/agreements/view';
import type { AccountabilityActionView } from '../../domain/enforcement/accountability/view';
import type { BlacklistCandidateView } from '../../domain/enforcement/candidate-view';
import type { BlacklistView } from '../../domain/enforcement/blacklist/view';
import type { PenaltyView } from '../../domain/enforcement/penalties/view';
import type { IncidentView } from '../../domain/incidents/view';
import type { HazardView } from '../../domain/inspections/hazard/view';
import type { InspectionView } from '../../domain/inspections/inspection/view';
import type { ReportView } from '../../domain/inspections/report/view';
import type { PatrolView } from '../../domain/supervision/patrol/view';
import type { ProblemView } from '../../domain/supervision/problem/view';
import type { SupervisionOrderView } from '../../domain/supervision/order/view';
import type { UnitView } from '../../domain/units/view';
import type { UserView } from '../../domain/users/view';
import type { EvidenceBundle } from '../../infrastructure/event-store/integrity/evidence/bundle-format';
import type { IntegrityReport } from '../../infrastructure/event-store/integrity/integrity-verifier';
import type { Coverage } from '../../../projections/queries/agreement-coverage';
import type {
  IncidentChain,
  ResponsibilityChain,
} from '../../../projections/queries/responsibility-chain';
import type { EventEnvelope } from '../audit/queries/event-envelope';
import type { StreamEvents } from '../audit/queries/stream-events.query';
import type { RecordedAnchor } from '../audit/record-anchor.handler';
import type { LeagueTableView, UnitAssessmentView } from '../assessment/assessment-views';
import type { HealthAnswer } from '../health/projection-health';
import type { DossierAnswer } from '../inquiries/queries/dossier.query';
import type { PersonItem } from '../inquiries/queries/list-persons.query';
import type { QuarterStandings } from '../assessment/queries/quarter-answer';
import type { EscalationView } from '../assessment/queries/year-escalations';
import type { Page } from '../shared/paging';
import type {
  CorrectionProposed,
  InspectionWithHazards,
  UnitControlIndicators,
  UnitHazardLedger,
  UnitProblemLedger,
  UnitYearScores,
  UserRegistered,
  UserToken,
  Written,
  YearFinalization,
} from './answers';

/** A chain read as of a recording time carries that time. */
type AsOf<T> = T & { asOf?: string };

/**
 * Every JSON answer of the API, by the name its schema takes in the OpenAPI document. A route
 * names its answer here (`@Route({ answer })`); `npm run contract` turns this interface into the
 * JSON Schemas of the document (`infrastructure/http/openapi/api-answers.schema.json`), and the e2e suite checks every answer
 * it receives against them.
 */
export interface ApiAnswers {
  Health: HealthAnswer;

  User: UserView;
  UserRegistered: UserRegistered;
  UserWritten: Written<UserView>;
  UserToken: UserToken;

  Unit: UnitView;
  UnitWritten: Written<UnitView>;
  UnitPage: Page<UnitView>;

  Agreement: AgreementView;
  AgreementWritten: Written<AgreementView>;
  AgreementPage: Page<AgreementView>;
  AgreementCoverage: Coverage;

  Hazard: HazardView;
  HazardWritten: Written<HazardView>;
  HazardPage: Page<HazardView>;
  HazardLedger: UnitHazardLedger;
  Inspection: InspectionView;
  InspectionConducted: Written<InspectionWithHazards>;
  InspectionPage: Page<InspectionView>;
  Report: ReportView;
  ReportWritten: Written<ReportView>;
  ReportPage: Page<ReportView>;

  Incident: IncidentView;
  IncidentWritten: Written<IncidentView>;
  IncidentPage: Page<IncidentView>;
  CorrectionProposed: CorrectionProposed;
  IncidentChain: AsOf<IncidentChain>;
  EvidenceBundle: EvidenceBundle;
  ResponsibilityChain: AsOf<ResponsibilityChain>;

  AccountabilityAction: AccountabilityActionView;
  AccountabilityActionWritten: Written<AccountabilityActionView>;
  AccountabilityActionPage: Page<AccountabilityActionView>;
  Penalty: PenaltyView;
  PenaltyWritten: Written<PenaltyView>;
  PenaltyPage: Page<PenaltyView>;
  BlacklistWritten: Written<BlacklistView>;
  BlacklistPage: Page<BlacklistView>;
  BlacklistCandidates: BlacklistCandidateView[];

  Patrol: PatrolView;
  PatrolWritten: Written<PatrolView>;
  PatrolPage: Page<PatrolView>;
  PatrolProblem: ProblemView;
  PatrolProblemWritten: Written<ProblemView>;
  PatrolProblemPage: Page<ProblemView>;
  PatrolProblemLedger: UnitProblemLedger;
  SupervisionOrder: SupervisionOrderView;
  SupervisionOrderWritten: Written<SupervisionOrderView>;
  SupervisionOrderPage: Page<SupervisionOrderView>;
  Escalations: EscalationView[];

  Scheme: SchemeView;
  SchemeWritten: Written<SchemeView>;
  LeagueTable: LeagueTableView;
  QuarterStandings: QuarterStandings;
  UnitAssessment: UnitAssessmentView;
  PromotionBars: PromotionBarView[];
  AwardDisqualifications: AwardDisqualificationView[];
  UnitControlIndicators: UnitControlIndicators;
  UnitYearScores: UnitYearScores;
  YearFinalization: YearFinalization;

  PersonPage: Page<PersonItem>;
  Dossier: DossierAnswer;

  StreamEvents: StreamEvents;
  AuditEventPage: Page<EventEnvelope>;
  Integrity: IntegrityReport;
  AnchorRecorded: Written<RecordedAnchor>;
}

export type AnswerName = keyof ApiAnswers;
