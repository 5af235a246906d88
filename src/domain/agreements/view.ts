import { labelOf } from '../shared/labels';
import type { ControlIndicator, ControlIndicators } from './indicators';
import type { Signatory } from './signatories';
import type { AgreementAmendment, Agreement, AgreementStatus, AgreementTerms } from './state';
import type { AgreementTask } from './tasks';

/** A signatory with the post held, in Chinese. */
export interface SignatoryView extends Signatory {
  postLabel: string;
}

/** A task of the agreement; `metricLabel` beside a measured task's `metric`. */
export interface AgreementTaskView extends AgreementTask {
  metricLabel?: string;
}

/** The agreement's terms with Chinese labels beside their codes. */
export interface AgreementTermsView {
  signatories: SignatoryView[];
  controlIndicators: ControlIndicators;
  /** The name of each control indicator the agreement caps, by its code. */
  controlIndicatorLabels: Partial<Record<ControlIndicator, string>>;
  tasks: AgreementTaskView[];
}

/** An amendment (变更): its reason and time, and the terms it replaced, labelled as the agreement's. */
export interface AgreementAmendmentView
  extends Omit<AgreementAmendment, keyof AgreementTerms>, Partial<AgreementTermsView> {}

/** `GET /agreements/:id` and each item of `GET /agreements` (安全生产责任书). */
export interface AgreementView extends AgreementTermsView {
  id: string;
  year: number;
  issuerUnitId: string;
  responsibleUnitId: string;
  signedAt: string;
  status: AgreementStatus;
  /** 有效 / 已终止. */
  statusLabel: string;
  amendments: AgreementAmendmentView[];
  /** Present once terminated. */
  terminatedAt?: string;
  terminationReason?: string;
}

const signatoriesView = (signatories: readonly Signatory[]): SignatoryView[] =>
  signatories.map((s) => ({ ...s, postLabel: labelOf('post', s.post) }));

const tasksView = (tasks: readonly AgreementTask[]): AgreementTaskView[] =>
  tasks.map((task) => ({
    ...task,
    ...(task.metric !== undefined && { metricLabel: labelOf('taskMetric', task.metric) }),
  }));

const indicatorLabels = (indicators: ControlIndicators) =>
  Object.fromEntries(
    Object.keys(indicators).map((code) => [code, labelOf('controlIndicator', code)]),
  ) as Partial<Record<ControlIndicator, string>>;

function amendmentView(amendment: AgreementAmendment): AgreementAmendmentView {
  const { signatories, controlIndicators, tasks, ...rest } = amendment;
  return {
    ...rest,
    ...(signatories && { signatories: signatoriesView(signatories) }),
    ...(controlIndicators && {
      controlIndicators: { ...controlIndicators },
      controlIndicatorLabels: indicatorLabels(controlIndicators),
    }),
    ...(tasks && { tasks: tasksView(tasks) }),
  };
}

export function toAgreementView(agreement: Agreement): AgreementView {
  return {
    id: agreement.id,
    year: agreement.year,
    issuerUnitId: agreement.issuerUnitId,
    responsibleUnitId: agreement.responsibleUnitId,
    signedAt: agreement.signedAt,
    signatories: signatoriesView(agreement.signatories),
    controlIndicators: { ...agreement.controlIndicators },
    controlIndicatorLabels: indicatorLabels(agreement.controlIndicators),
    tasks: tasksView(agreement.tasks),
    status: agreement.status,
    statusLabel: labelOf('agreementStatus', agreement.status),
    amendments: agreement.amendments.map(amendmentView),
    ...(agreement.terminatedAt !== undefined && {
      terminatedAt: agreement.terminatedAt,
      terminationReason: agreement.terminationReason,
    }),
  };
}
