import { labelOf, labelsOf } from '../../src/domain/shared/labels';

// Codes the console shows without a label beside them in the answer (a tab's unit kind, the
// sections of a score, a dossier's codes) read from the service's own catalogue, bundled:
// the same words as its views and documents. Where an answer carries a `…Label`, views use it.

export const kindLabel = (kind: string): string => labelOf('unitKind', kind);
export const postLabel = (post: string | null | undefined): string =>
  post ? labelOf('post', post) : '—';
export const industryLabel = (industry: string | null | undefined): string =>
  industry ? labelOf('industry', industry) : '—';
export const industriesLabel = (industries: readonly string[]): string =>
  labelsOf('industry', industries).join('、');
export const incidentGradeLabel = (grade: string): string => labelOf('incidentGrade', grade);
export const natureLabel = (nature: string): string => labelOf('incidentNature', nature);
export const sectionLabel = (section: string): string => labelOf('assessmentSection', section);
export const accountabilityFormLabel = (form: string): string =>
  labelOf('accountabilityForm', form);
export const misreportingLabel = (kind: string): string => labelOf('misreportingKind', kind);
export const agreementStatusLabel = (status: string | null): string =>
  status ? labelOf('agreementStatus', status) : '—';

/** The order of unit kinds in the league table's tabs. */
export const KIND_ORDER: readonly string[] = [
  'town',
  'department',
  'enterprise',
  'park',
  'village',
  'district',
  'city',
];
