import { isNaturePending } from '../incidents/nature';
import { gradeAtLeast } from '../incidents/grading';
import { labelOf } from '../shared/labels';
import { cstDate } from '../shared/time';
import type { UnitKind } from '../units/codes';
import {
  type EventRef,
  findingEvents,
  type IncidentFact,
  type MisreportingFindingFact,
} from './facts';
import { uniqueRefs } from './points';
import type { ControlIndicatorResult, VetoReason } from './result';
import type { AssessmentScheme, IncidentVetoRule } from './scheme';

/** An incident behind a veto, whose post holders and liable persons answer for it. */
export interface VetoingIncident {
  readonly incident: IncidentFact;
  /** The events of the veto that point at this incident (e.g. the misreporting finding). */
  readonly causeEvents: readonly EventRef[];
  /** The bars resting on it would change with the nature of a `pending` incident. */
  readonly provisional: boolean;
  /** Persons a misreporting finding names as responsible (barred with the post holders). */
  readonly namedPersonIds: readonly string[];
}

export interface Veto {
  readonly reason: VetoReason;
  readonly vetoingIncidents: readonly VetoingIncident[];
}

export interface VetoInputs {
  readonly unitId: string;
  readonly kind: UnitKind;
  /** Incidents of the year, in `occurredAt` order. */
  readonly incidents: readonly IncidentFact[];
  readonly indicators: readonly ControlIndicatorResult[];
  /** Misreporting findings of the year (only those naming the unit among the responsible veto). */
  readonly findings: readonly MisreportingFindingFact[];
}

const isPending = (incident: IncidentFact): boolean => isNaturePending(incident.nature);

/**
 * A rule of the scheme's data for the unit's kind: `count` or more incidents of `minGrade` or
 * worse. Every incident that qualifies is a vetoing incident (all of them make up the count).
 * Provisional when the concluded ones alone fall short of the count; a pending vetoing incident's
 * bars are provisional in any case.
 */
function incidentVeto(rule: IncidentVetoRule, incidents: readonly IncidentFact[]): Veto[] {
  const qualifying = incidents.filter((i) => gradeAtLeast(i.grade, rule.minGrade));
  if (qualifying.length < rule.count) return [];
  const provisional = qualifying.filter((i) => !isPending(i)).length < rule.count;
  const code = `incidents:${rule.minGrade}:${rule.count}`;
  return [
    {
      reason: {
        rule: code,
        label: `${labelOf('vetoRule', code)}（${qualifying.map((i) => i.id).join('、')}）`,
        provisional,
        events: uniqueRefs(qualifying.flatMap((i) => i.events)),
      },
      vetoingIncidents: qualifying.map((incident) => ({
        incident,
        causeEvents: incident.events,
        provisional: provisional || isPending(incident),
        namedPersonIds: [],
      })),
    },
  ];
}

function indicatorVetoes(inputs: VetoInputs): Veto[] {
  return inputs.indicators.flatMap((indicator) => {
    const pushed = indicator.pushedPastCapBy;
    const incident = pushed && inputs.incidents.find((i) => i.id === pushed.incidentId);
    if (!pushed || !incident) return [];
    const rule = `control_indicator:${indicator.indicator}`;
    return [
      {
        reason: {
          rule,
          label: `${labelOf('vetoRule', rule)}（上限 ${indicator.cap}，超标事故 ${incident.id}）`,
          provisional: indicator.provisional,
          events: uniqueRefs(pushed.events),
        },
        vetoingIncidents: [
          {
            incident,
            causeEvents: pushed.events,
            provisional: indicator.provisional,
            namedPersonIds: [],
          },
        ],
      },
    ];
  });
}

/** A finding vetoes only the units it names as responsible, whatever the incident's nature. */
function findingVetoes(inputs: VetoInputs): Veto[] {
  return inputs.findings
    .filter((finding) => finding.responsibleUnitIds.includes(inputs.unitId))
    .map((finding) => ({
      reason: {
        rule: `misreporting:${finding.kind}`,
        label: `${labelOf('misreportingKind', finding.kind)}：事故 ${finding.incident.id}，认定于 ${cstDate(finding.establishedAt)}`,
        provisional: false,
        events: uniqueRefs(findingEvents(finding)),
      },
      vetoingIncidents: [
        {
          incident: finding.incident,
          causeEvents: findingEvents(finding),
          provisional: false,
          namedPersonIds: finding.responsiblePersonIds,
        },
      ],
    }));
}

/** 一票否决 by the scheme's rules: incident rules for the unit's kind, then indicators, then findings. */
export function findVetoes(scheme: AssessmentScheme, inputs: VetoInputs): Veto[] {
  const { veto } = scheme;
  return [
    ...veto.incidents
      .filter((rule) => rule.kinds.includes(inputs.kind))
      .flatMap((rule) => incidentVeto(rule, inputs.incidents)),
    ...(veto.controlIndicatorExceeded ? indicatorVetoes(inputs) : []),
    ...(veto.misreportingFinding ? findingVetoes(inputs) : []),
  ];
}
