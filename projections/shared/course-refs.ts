import type { EventRef } from '../projection';

/** The events behind a hazard's or a problem's course, each list oldest first. */
export interface CourseRefs {
  /** One per rectification attempt. */
  rectifications: EventRef[];
  /** One per verification. */
  verifications: EventRef[];
  /** One per extension. */
  extensions: EventRef[];
}
