import type { PersonAppointed } from '../../src/domain/units';
import { refOf, type EventRef, type ProjectedEvent } from '../projection';

/** A post a person was appointed to, held until `to` (`null`: still held). */
export interface HeldPost {
  personName: string;
  post: string;
  from: string;
  to: string | null;
  /** The industries a deputy oversees (分管领域); empty for other posts and older appointments. */
  portfolioIndustries: string[];
  ref: EventRef;
  endRef: EventRef | null;
}

export const appointedPost = (event: ProjectedEvent<PersonAppointed>): HeldPost => ({
  personName: event.data.personName,
  post: event.data.post,
  from: event.data.from,
  to: null,
  portfolioIndustries: [...(event.data.portfolioIndustries ?? [])],
  ref: refOf(event),
  endRef: null,
});
