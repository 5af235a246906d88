import { withSchemeDefaults } from '../../domain/assessment/scheme-defaults';
import type { SchemePublished } from '../../domain/assessment/events';
import type { Upcaster } from '../../infrastructure/event-store/upcasting/upcaster-registry';

/**
 * Version 1 schemes were published before problems raised by patrols were assessed: they take the
 * default weight of `outcomes.overdueProblem` (1 point per overdue problem, at most 5), as a
 * document without it published today does.
 */
export const schemeWithOverdueProblem: Upcaster = {
  type: 'SchemePublished',
  fromVersion: 1,
  upcast(data): SchemePublished['data'] {
    const published = data as SchemePublished['data'];
    return {
      ...published,
      scheme: withSchemeDefaults(published.scheme) as typeof published.scheme,
    };
  },
};
