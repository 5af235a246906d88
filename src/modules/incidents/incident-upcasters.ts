import { DEFAULT_NATURE } from '../../domain/incidents';
import type { Upcaster } from '../../infrastructure/event-store/upcasting/upcaster-registry';

/**
 * A conclusion recorded before the investigation named a nature (事故性质) found a liability
 * incident (a nature already present is kept).
 */
export const conclusionWithNature: Upcaster = {
  type: 'InvestigationConcluded',
  fromVersion: 1,
  upcast: (data) => ({ nature: DEFAULT_NATURE, ...(data as object) }),
};
