import { emptyYearData, type YearData } from '../../../projections/queries/year-index';
import type { UnitDoc } from '../../../projections/units';
import { projected } from './memory-store';

/** An event reference for documents whose references a test does not read. */
export const REF = {
  streamId: 's',
  eventId: 'e',
  position: 1,
  type: 'T',
  recordedAt: '2025-01-01T00:00:00Z',
} as never;

/** A unit document at the head of `path` (its parent next): an enterprise unless `extra` says. */
export const unitDoc = (id: string, path: string[], extra: Partial<UnitDoc> = {}): UnitDoc => ({
  _id: id,
  name: id,
  kind: 'enterprise',
  parentId: path[1] ?? null,
  path,
  industry: null,
  regulatedIndustries: [],
  establishedAt: null,
  posts: [],
  personIds: [],
  statistics: {},
  lastPosition: 1,
  ref: REF,
  ...extra,
});

/** The documents of year 2025 the test gives; every other collection empty. */
export const yearData = (documents: Partial<YearData>): YearData => ({
  ...emptyYearData(2025),
  ...documents,
});

/** 区 D > 镇 T > 企 E (construction), as registered. */
export const chainRegistered = () => [
  projected('unit-D', 'UnitRegistered', { id: 'D', name: '区', kind: 'district' }),
  projected('unit-T', 'UnitRegistered', { id: 'T', name: '镇', kind: 'town', parentId: 'D' }),
  projected('unit-E', 'UnitRegistered', {
    id: 'E',
    name: '企',
    kind: 'enterprise',
    parentId: 'T',
    industry: 'construction',
  }),
];

/** Events of the units stream: a unit registered, a person appointed, an appointment ended. */
export const registered = (id: string, data: Record<string, unknown>) =>
  projected(`unit-${id}`, 'UnitRegistered', { id, name: id, ...data });

export const appointed = (
  unitId: string,
  personId: string,
  post: string,
  from: string,
  portfolioIndustries?: string[],
) =>
  projected(`unit-${unitId}`, 'PersonAppointed', {
    unitId,
    personId,
    personName: `name-${personId}`,
    post,
    from,
    ...(portfolioIndustries && { portfolioIndustries }),
  });

export const ended = (unitId: string, personId: string, post: string, from: string, to: string) =>
  projected(`unit-${unitId}`, 'AppointmentEnded', { unitId, personId, post, from, to });

/**
 * Incident `id` reported: at construction enterprise E, 2025-03-01 10:00 CST and reported at once,
 * nobody hurt (a `general` incident, on time); `data` replaces any of these.
 */
export const incidentReported = (id: string, data: Record<string, unknown> = {}) =>
  projected(`incident-${id}`, 'IncidentReported', {
    id,
    unitId: 'E',
    industry: 'construction',
    occurredAt: '2025-03-01T02:00:00.000Z',
    reportedAt: '2025-03-01T02:00:00.000Z',
    deaths: 0,
    seriousInjuries: 0,
    directLossYuan: 0,
    description: '坍塌',
    grade: 'general',
    late: false,
    ...data,
  });
