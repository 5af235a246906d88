import type { EventRef } from '../shared/event-ref';
import type { Agreement } from '../agreements/state';
import type { IncidentNature } from '../incidents/nature';
import type { Incident, LiableParty, MisreportingFinding } from '../incidents/state';
import type { HazardLevel } from '../inspections/hazard/levels';
import type { Industry, Post, UnitKind } from '../units/codes';
import type { UnitStatistics } from '../units/state';
import type { ScoredTask } from './events';
import type { CommendationLevel } from './scheme';

export type { EventRef } from '../shared/event-ref';

/** The unit being assessed. */
export interface AssessedUnitFact {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentId?: string;
  /** Territorial ancestors through `parentId`, nearest first (parent, grandparent, ...). */
  readonly ancestors: readonly string[];
}

/** The unit's active agreement for the year, as in force (after every amendment). */
export interface AgreementFact extends Pick<Agreement, 'id' | 'controlIndicators' | 'tasks'> {
  /** The signing and every amendment behind the tasks and indicators. */
  readonly events: readonly EventRef[];
}

/** A score the office gave a task that is not measured. In recording order: the last one counts. */
export interface TaskScoreFact extends Readonly<
  Pick<ScoredTask, 'taskCode' | 'score' | 'evaluatedAt'>
> {
  readonly event: EventRef;
}

/** A child unit with a signed, active agreement for the year (for `agreement_coverage`). */
export interface CoveredChildFact {
  readonly unitId: string;
  readonly events: readonly EventRef[];
}

/**
 * What the service measures for the metric tasks. `hazard_rectification_rate` is not here: it is
 * computed from `AssessmentFacts.hazards` with the same rule as the outcome deduction.
 */
export interface MetricFacts {
  /** One event per counted case: `pre_incident`, not revoked, decided in the window, unit as enforcer. */
  readonly preIncidentPenaltyCases: readonly EventRef[];
  /** One event per inspection conducted in the window with the unit as inspecting unit. */
  readonly inspectionsConducted: readonly EventRef[];
  readonly agreementCoverage: {
    /** How many child units the unit has (the denominator). */
    readonly childUnits: number;
    readonly covered: readonly CoveredChildFact[];
  };
}

/** A person holding a post in the assessed unit at some instant, with the appointment event. */
export interface PostHolderFact {
  readonly personId: string;
  readonly personName: string;
  readonly post: Post;
  /** A deputy's portfolio (分管领域, industry codes) as appointed; absent when none. */
  readonly portfolioIndustries?: readonly Industry[];
  readonly event: EventRef;
}

/** A person or unit found liable by the incident's investigation conclusion. */
export interface LiablePartyFact extends LiableParty {
  readonly personName?: string;
  /** The conclusion event. */
  readonly event: EventRef;
}

/** A post a person held in any unit, to place a barred person in their own unit. */
export interface HeldPostFact {
  readonly unitId: string;
  readonly unitName: string;
  readonly post: Post;
  readonly from: string;
  /** `null` while the post is held. */
  readonly to: string | null;
}

/** A person an investigation or a misreporting finding names, with every post they held. */
export interface PersonFact {
  readonly personId: string;
  /** As last appointed. */
  readonly personName: string;
  readonly posts: readonly HeldPostFact[];
}

/**
 * An incident attributed to the assessed unit (it is in the unit's responsibility chain), its
 * figures as in force; `industry` is a code of `units/codes` (`coal_mine`, `road_traffic`, ...).
 */
export interface IncidentFact extends Pick<
  Incident,
  'id' | 'grade' | 'deaths' | 'seriousInjuries' | 'occurredAt' | 'industry'
> {
  /** The report first, then the revisions and corrections behind the figures. */
  readonly events: readonly EventRef[];
  /**
   * The assessed unit's post holders at `occurredAt` (not the enterprise's, unless it is the unit):
   * every post but `deputy`, and the `deputy` holders with a portfolio.
   */
  readonly postHoldersAtOccurrence: readonly PostHolderFact[];
  /** Empty until the investigation is concluded. */
  readonly liable: readonly LiablePartyFact[];
  /** `pending` until the investigation is concluded. */
  readonly nature: IncidentNature;
}

/**
 * A misreporting finding on an attributed incident, which may have occurred years earlier. Only the
 * units found responsible (default: the incident's place) are vetoed; the persons it names are
 * barred with the responsible units' post holders.
 */
export interface MisreportingFindingFact extends Pick<
  MisreportingFinding,
  'kind' | 'establishedAt' | 'responsibleUnitIds' | 'responsiblePersonIds'
> {
  /** The finding event (for an automatic `late`, the report event). */
  readonly event: EventRef;
  /**
   * The applied corrections the finding rests on: those of the incident, for the automatic finding
   * of a late report (its times and place may be corrected ones); none for any other finding.
   */
  readonly corrections?: readonly EventRef[];
  readonly incident: IncidentFact;
}

/** The events a finding's deduction and veto rest on: the finding, then the corrections behind it. */
export const findingEvents = (finding: MisreportingFindingFact): EventRef[] => [
  finding.event,
  ...(finding.corrections ?? []),
];

/** A deadline extension of a hazard or a problem. */
export interface ExtensionFact {
  readonly deadline: string;
  readonly extendedAt: string;
  readonly event: EventRef;
}

export interface HazardExtensionFact extends ExtensionFact {
  /** Recorded more than a day after `extendedAt`. */
  readonly backdated?: true;
  /** Accepted by the previous release after the deadline it extended had passed. */
  readonly late?: true;
}

export interface VerificationFact {
  readonly passed: boolean;
  readonly verifiedAt: string;
  readonly event: EventRef;
}

/** One rectification attempt of a hazard or a problem and the verification that judged it, if any. */
export interface RectificationFact {
  readonly rectifiedAt: string;
  readonly event: EventRef;
  readonly verification?: VerificationFact;
}

/** What a hazard and a problem have alike: a deadline, its extensions and the attempts to rectify. */
interface RectifiableFact<E extends ExtensionFact> {
  readonly id: string;
  readonly initialDeadline: string;
  /** The recording event (identification, raising). */
  readonly event: EventRef;
  readonly extensions: readonly E[];
  /** Oldest first. */
  readonly rectifications: readonly RectificationFact[];
}

/**
 * A hazard the unit answers for (DOMAIN "Whose hazards"), with its history as recorded: those
 * identified in the year, and those of earlier years that may still be open in it (carried over).
 */
export interface HazardFact extends RectifiableFact<HazardExtensionFact> {
  readonly level: HazardLevel;
  readonly identifiedAt: string;
}

/**
 * A problem a patrol or supervision visit raised against the assessed unit itself (巡查督查问题),
 * with its history as recorded: those raised in the year and earlier ones that may still be open.
 */
export interface ProblemFact extends RectifiableFact<ExtensionFact> {
  readonly raisedAt: string;
}

/**
 * A supervision order (督办函) issued to the assessed unit itself, with its course as recorded: those
 * issued in the year and earlier ones not closed before it. Only escalation reads orders.
 */
export interface SupervisionOrderFact {
  readonly id: string;
  readonly issuedAt: string;
  readonly deadline: string;
  /** The issuing event. */
  readonly event: EventRef;
  readonly closure?: { readonly closedAt: string; readonly event: EventRef };
}

/** An accountability action (问责) whose target is the assessed unit or one of its post holders. */
export interface AccountabilityActionFact {
  /** An accountability form code (`interview`, `circular`, ...). */
  readonly form: string;
  readonly decidingUnitId: string;
  readonly decidedAt: string;
  readonly targetUnitId: string;
  readonly targetPersonId?: string;
  /**
   * The target person held a post in the assessed unit on `decidedAt` (set by the read side when
   * the action names another `targetUnitId`); without it only `targetUnitId` decides.
   */
  readonly targetsPostHolder?: boolean;
  /** For people: the units' and the person's names (their ids where a name is not known). */
  readonly names?: {
    readonly decidingUnit: string;
    readonly targetUnit: string;
    readonly targetPerson?: string;
  };
  readonly event: EventRef;
}

export interface CommendationFact {
  readonly level: CommendationLevel;
  readonly awardedAt: string;
  readonly event: EventRef;
}

/** The unit's recorded statistics for the year. */
export interface StatisticsFact extends UnitStatistics {
  readonly events: readonly EventRef[];
}

export interface FinalizationFact {
  readonly finalizedAt: string;
  readonly event: EventRef;
}

/**
 * Everything `assess` needs about one unit and year, built by the read side from projections.
 * Lists may hold facts outside the year: `assess` keeps those of the window itself
 * (incidents by `occurredAt`, findings by `establishedAt` on incidents of the window or the three
 * years before, hazards by `identifiedAt`, actions by `decidedAt`).
 */
export interface AssessmentFacts {
  readonly year: number;
  readonly unit: AssessedUnitFact;
  /** `null`: the unit has no active agreement and is not assessed (`assess` still answers). */
  readonly agreement: AgreementFact | null;
  readonly taskScores: readonly TaskScoreFact[];
  readonly metrics: MetricFacts;
  readonly incidents: readonly IncidentFact[];
  readonly misreportingFindings: readonly MisreportingFindingFact[];
  readonly hazards: readonly HazardFact[];
  /** Problems raised against the unit; absent: none (a store of the release before patrols). */
  readonly problems?: readonly ProblemFact[];
  /** Supervision orders issued to the unit; absent: none (a store of the release before orders). */
  readonly orders?: readonly SupervisionOrderFact[];
  readonly accountabilityActions: readonly AccountabilityActionFact[];
  readonly commendations: readonly CommendationFact[];
  readonly statistics: StatisticsFact | null;
  readonly finalization: FinalizationFact | null;
  /**
   * The persons the incidents' liable parties and the findings name who held a post in some unit
   * (for the promotion bars' names and own units); absent: none known.
   */
  readonly persons?: readonly PersonFact[];
  /** The names of the units the liable parties name, by id. */
  readonly unitNames?: Readonly<Record<string, string>>;
}
