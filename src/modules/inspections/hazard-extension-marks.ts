import {
  isBackdated,
  isExtendedAfterDeadline,
} from '../../domain/inspections/hazard/decide-extension';
import type { HazardDeadlineExtended } from '../../domain/inspections/hazard/events';
import type { Upcaster } from '../../infrastructure/event-store/upcasting/upcaster-registry';

type ExtensionV1 = Omit<HazardDeadlineExtended['data'], 'backdated' | 'late'>;

/**
 * Version 1 extensions were accepted even after the deadline they extended had passed. They keep
 * their meaning (they still extend) and are marked: `late` when `extendedAt` was after the
 * deadline then in force, `backdated` when recorded more than a day after `extendedAt`.
 */
export const markHazardExtension: Upcaster = {
  type: 'HazardDeadlineExtended',
  fromVersion: 1,
  upcast(data, event): HazardDeadlineExtended['data'] {
    const extension = data as ExtensionV1;
    const late = isExtendedAfterDeadline(extension.extendedAt, extension.previousDeadline);
    return {
      ...extension,
      backdated: isBackdated(extension.extendedAt, event.metadata.recordedAt),
      ...(late && { late }),
    };
  },
};
