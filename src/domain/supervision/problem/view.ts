import { labelOf } from '../../shared/labels';
import type { ProblemRaised } from './events';
import { isProblemOverdue } from './queries';
import {
  currentRectification,
  type Problem,
  type ProblemExtension,
  type ProblemStatus,
} from './state';

export interface ProblemVerificationView {
  passed: boolean;
  verifiedAt: string;
  verifier: string;
  note?: string;
  rectifiedAt: string;
}

/**
 * `GET /problems/:id` and each item of `GET /problems`: what the patrol raised (the deadline: the
 * one in force), then the problem's course.
 */
export interface ProblemView extends Omit<ProblemRaised['data'], 'deadline'> {
  /** 安全生产巡查 / 安全生产督查. */
  patrolKindLabel: string;
  /** 领导责任 / 隐患治理 / 执法 / 应急 / 宣传培训 / 其他. */
  dutyLabel: string;
  /** The deadline in force now (after every extension). */
  deadline: string;
  /** The deadline first set, before any extension. */
  initialDeadline: string;
  status: ProblemStatus;
  /** 待整改 / 已整改待验收 / 已验收销号. */
  statusLabel: string;
  /** The rectification awaiting verification or passed; absent while the problem is open. */
  rectifiedAt?: string;
  rectifications: Array<{ rectifiedAt: string; evidence: string }>;
  verifications: ProblemVerificationView[];
  extensions: ProblemExtension[];
  /** At the reading time. */
  overdue: boolean;
}

export function toProblemView(problem: Problem, referenceIso: string): ProblemView {
  const current = currentRectification(problem);
  return {
    id: problem.id,
    patrolId: problem.patrolId,
    patrolKind: problem.patrolKind,
    patrolKindLabel: labelOf('patrolKind', problem.patrolKind),
    leadUnitId: problem.leadUnitId,
    targetUnitId: problem.targetUnitId,
    duty: problem.duty,
    dutyLabel: labelOf('dutyArea', problem.duty),
    description: problem.description,
    raisedAt: problem.raisedAt,
    deadline: problem.deadline,
    initialDeadline: problem.initialDeadline,
    status: problem.status,
    statusLabel: labelOf('problemStatus', problem.status),
    ...(current && { rectifiedAt: current.rectifiedAt }),
    rectifications: problem.rectifications.map(({ rectifiedAt, evidence }) => ({
      rectifiedAt,
      evidence,
    })),
    verifications: problem.rectifications.flatMap(({ rectifiedAt, verification }) =>
      verification ? [{ ...verification, rectifiedAt }] : [],
    ),
    extensions: problem.extensions.map((e) => ({ ...e })),
    overdue: isProblemOverdue(problem, referenceIso),
  };
}
