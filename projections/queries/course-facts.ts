import type { ExtensionFact, RectificationFact } from '../../src/domain/assessment/facts';
import type {
  GrantedExtension,
  Rectifiable,
  Rectification,
} from '../../src/domain/shared/rectification';
import type { EventRef } from '../projection';
import type { CourseRefs } from '../shared/course-refs';

/**
 * What a hazard's and a problem's facts have alike: the deadline, the extensions (with the `marks`
 * the kind of item keeps) and the attempts, each with the event behind it. Where an event is
 * missing, the recording stands for an extension or an attempt, and the attempt for its
 * verification.
 */
export function courseFacts<E extends GrantedExtension, M extends object>(
  state: Rectifiable<Rectification, E>,
  refs: CourseRefs,
  recorded: EventRef,
  marks: (extension: E) => M,
): {
  initialDeadline: string;
  event: EventRef;
  extensions: (ExtensionFact & M)[];
  rectifications: RectificationFact[];
} {
  return {
    initialDeadline: state.initialDeadline,
    event: recorded,
    extensions: state.extensions.map((e, i) => ({
      deadline: e.deadline,
      extendedAt: e.extendedAt,
      event: refs.extensions[i] ?? recorded,
      ...marks(e),
    })),
    rectifications: rectificationFacts(state.rectifications, refs, recorded),
  };
}

function rectificationFacts(
  rectifications: readonly Rectification[],
  refs: CourseRefs,
  recorded: EventRef,
): RectificationFact[] {
  let verificationIndex = 0;
  return rectifications.map((r, i) => {
    const event = refs.rectifications[i] ?? recorded;
    if (!r.verification) return { rectifiedAt: r.rectifiedAt, event };
    const verificationEvent = refs.verifications[verificationIndex++] ?? event;
    return {
      rectifiedAt: r.rectifiedAt,
      event,
      verification: {
        passed: r.verification.passed,
        verifiedAt: r.verification.verifiedAt,
        event: verificationEvent,
      },
    };
  });
}
