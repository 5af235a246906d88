import { labelOf, labelOrNull, labelsOf } from '../../../src/domain/shared/labels';
import { yearWindow } from '../../../src/domain/shared/time';
import type { UnitDoc } from '../../units';
import { heldDuring, type PersonPostDoc } from '../../persons';
import { natureOf } from './incidents';
import { type DossierSources, inWindow, unitNameOf } from './sources';
import type { SignatorySide } from '../../../src/domain/inquiries/codes';
import type {
  DossierAction,
  DossierAgreement,
  DossierBar,
  DossierLiability,
  DossierMisreporting,
  DossierPost,
  DossierWindow,
} from './types';

const byTime =
  <T>(time: (line: T) => string) =>
  (a: T, b: T) =>
    time(a).localeCompare(time(b));

/** Posts held at some time in the window, in order of appointment. */
export const dossierPosts = (
  { person }: Pick<DossierSources, 'person'>,
  window: DossierWindow,
): DossierPost[] =>
  person.posts
    .filter((p) => heldDuring(p, window.from, window.to))
    .map(dossierPost)
    .sort(byTime((p) => p.from));

/** A post as a dossier (and the persons list) shows it, with the appointment and its end. */
export const dossierPost = (p: PersonPostDoc): DossierPost => ({
  personName: p.personName,
  unitId: p.unitId,
  unitName: p.unitName,
  unitKind: p.unitKind,
  unitKindLabel: labelOf('unitKind', p.unitKind),
  post: p.post,
  postLabel: labelOf('post', p.post),
  portfolioIndustries: [...p.portfolioIndustries],
  portfolioIndustriesLabels: labelsOf('industry', p.portfolioIndustries),
  from: p.from,
  to: p.to,
  events: p.endRef ? [p.ref, p.endRef] : [p.ref],
});

const sideOf = (side: SignatorySide) => ({ side, sideLabel: labelOf('signatorySide', side) });

/** Every signature of the person, at signing or by an amendment, in the window. */
export function dossierAgreements(
  { person, agreements }: Pick<DossierSources, 'person' | 'agreements'>,
  units: ReadonlyMap<string, UnitDoc>,
  window: DossierWindow,
): DossierAgreement[] {
  const byId = new Map(agreements.map((a) => [a._id, a]));
  return person.signatures
    .filter((s) => inWindow(s.at, window))
    .map((s) => {
      const agreement = byId.get(s.agreementId);
      return {
        agreementId: s.agreementId,
        year: s.year,
        issuerUnitId: agreement?.issuerUnitId ?? null,
        responsibleUnitId: s.responsibleUnitId,
        ...sideOf(s.unitId === s.responsibleUnitId ? 'responsible' : 'issuer'),
        personName: s.personName,
        unitId: s.unitId,
        unitName: unitNameOf(units, s.unitId),
        post: s.post,
        postLabel: labelOf('post', s.post),
        by: s.by,
        byLabel: labelOf('signatureKind', s.by),
        at: s.at,
        status: agreement?.status ?? null,
        statusLabel: labelOrNull('agreementStatus', agreement?.status),
        events: [s.ref],
      };
    })
    .sort(byTime((a) => a.at));
}

/** Misreporting findings in force that name the person among the responsible. */
export const dossierMisreporting = (
  { person, incidents }: Pick<DossierSources, 'person' | 'incidents'>,
  window: DossierWindow,
): DossierMisreporting[] =>
  incidents
    .flatMap((incident) =>
      incident.refs.findings
        .filter((f) => f.responsiblePersonIds.includes(person._id))
        .filter((f) => inWindow(f.establishedAt, window))
        .map((f) => ({
          incidentId: incident._id,
          unitId: incident.unitId,
          kind: f.kind,
          kindLabel: labelOf('misreportingKind', f.kind),
          establishedAt: f.establishedAt,
          responsibleUnitIds: [...f.responsibleUnitIds],
          events: [f.ref],
        })),
    )
    .sort(byTime((f) => f.establishedAt));

/** Investigation conclusions concluded in the window that find the person liable. */
export const dossierLiabilities = (
  { person, incidents }: Pick<DossierSources, 'person' | 'incidents'>,
  window: DossierWindow,
): DossierLiability[] =>
  incidents
    .flatMap((incident) => {
      const conclusion = incident.state.investigation?.conclusion;
      const ref = incident.refs.conclusion;
      if (!conclusion || !ref || !inWindow(conclusion.concludedAt, window)) return [];
      return conclusion.liable
        .filter((l) => l.personId === person._id)
        .map((l) => ({
          incidentId: incident._id,
          unitId: l.unitId ?? incident.unitId,
          role: l.role,
          finding: l.finding,
          concludedAt: conclusion.concludedAt,
          nature: natureOf(incident),
          natureLabel: labelOf('incidentNature', natureOf(incident)),
          events: [ref],
        }));
    })
    .sort(byTime((l) => l.concludedAt));

/** Accountability actions against the person decided in the window. */
export const dossierActions = (
  { person, actions }: Pick<DossierSources, 'person' | 'actions'>,
  window: DossierWindow,
): DossierAction[] =>
  actions
    .filter((a) => a.targetPersonId === person._id && inWindow(a.decidedAt, window))
    .map((a) => ({
      actionId: a._id,
      form: a.form,
      formLabel: labelOf('accountabilityForm', a.form),
      targetUnitId: a.targetUnitId,
      decidingUnitId: a.decidingUnitId,
      decidedAt: a.decidedAt,
      reason: a.reason,
      incidentId: a.incidentId,
      events: [a.ref],
    }))
    .sort(byTime((a) => a.decidedAt));

/** Whether the CST assessment year meets the window. */
const yearMeets = (year: number, { from, to }: DossierWindow): boolean => {
  const { startMs, endMs } = yearWindow(year);
  return (
    (to === undefined || startMs < Date.parse(to)) &&
    (from === undefined || Date.parse(from) < endMs)
  );
};

/** The person's promotion bars in the assessments of the years that meet the window. */
export const dossierBars = (
  { person, results }: Pick<DossierSources, 'person' | 'results'>,
  window: DossierWindow,
): DossierBar[] =>
  results
    .filter((r) => yearMeets(r.year, window))
    .flatMap((r) =>
      r.promotionBars
        .filter((bar) => bar.personId === person._id)
        .map((bar) => ({
          year: r.year,
          barredYear: bar.barredYear,
          unitId: bar.unitId,
          post: bar.post,
          postLabel: labelOrNull('post', bar.post),
          personUnitId: bar.personUnit?.unitId ?? null,
          reason: bar.reason,
          provisional: bar.provisional,
          events: [...bar.events],
        })),
    )
    .sort((a, b) => a.year - b.year || a.unitId.localeCompare(b.unitId));
