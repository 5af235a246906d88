import type { Post } from '../../../../src/domain/units/codes';
import type { UnitEvent, UnitRegistered } from '../../../../src/domain/units/events';

export const NOW = '2025-06-01T00:00:00.000Z';

export const townRegistered: UnitRegistered = {
  type: 'UnitRegistered',
  data: { id: 'T1', name: '东城街道', kind: 'town', parentId: 'D1' },
};

export const appointed = (
  personId: string,
  post: Post,
  from: string,
  unitId = 'T1',
): UnitEvent => ({
  type: 'PersonAppointed',
  data: { unitId, personId, personName: `name of ${personId}`, post, from },
});

export const ended = (
  personId: string,
  post: Post,
  from: string,
  to: string,
  unitId = 'T1',
): UnitEvent => ({ type: 'AppointmentEnded', data: { unitId, personId, post, from, to } });
