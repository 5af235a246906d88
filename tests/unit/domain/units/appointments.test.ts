import type { AppointPerson, EndAppointment } from '../../../../src/domain/units/commands';
import { unitDecider } from '../../../../src/domain/units/decider';
import { spec } from '../decider-spec';
import { NOW, appointed, ended, townRegistered } from './fixtures';

const appoint = (overrides: Partial<AppointPerson> = {}): AppointPerson => ({
  type: 'AppointPerson',
  personId: 'P1',
  personName: '张三',
  post: 'principal',
  from: '2024-01-01T00:00:00.000Z',
  now: NOW,
  ...overrides,
});

const end = (overrides: Partial<EndAppointment> = {}): EndAppointment => ({
  type: 'EndAppointment',
  personId: 'P1',
  post: 'principal',
  to: '2025-01-01T00:00:00.000Z',
  now: NOW,
  ...overrides,
});

const FROM = '2024-01-01T00:00:00.000Z';

describe('appointments', () => {
  it('appoints a person to a post', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint())
      .then([
        {
          type: 'PersonAppointed',
          data: { unitId: 'T1', personId: 'P1', personName: '张三', post: 'principal', from: FROM },
        },
      ]);
  });

  it('refuses appointing in a unit that does not exist', () => {
    spec(unitDecider).given([]).when(appoint()).thenThrows('not_found', 'unit_not_found');
  });

  it('refuses an unknown post', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ post: 'mayor' }))
      .thenThrows('rule', 'invalid_post');
  });

  it('refuses an appointment without person id or name', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ personId: '' }))
      .thenThrows('rule', 'required');
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ personName: ' ' }))
      .thenThrows('rule', 'required');
  });

  it('accepts from at now and refuses from 1 ms after now', () => {
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ from: NOW }))
      .thenMatches([{ type: 'PersonAppointed' }]);
    spec(unitDecider)
      .given([townRegistered])
      .when(appoint({ from: '2025-06-01T00:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses appointing the same person to the same post while it is open', () => {
    spec(unitDecider)
      .given([townRegistered, appointed('P1', 'principal', FROM)])
      .when(appoint({ from: '2024-06-01T00:00:00.000Z' }))
      .thenThrows('state', 'appointment_already_open');
  });

  it('allows the same person in another post and another person in the same post', () => {
    const given = spec(unitDecider).given([townRegistered, appointed('P1', 'principal', FROM)]);
    given.when(appoint({ post: 'party_secretary' })).thenMatches([{ type: 'PersonAppointed' }]);
    given.when(appoint({ personId: 'P2' })).thenMatches([{ type: 'PersonAppointed' }]);
  });

  it('re-appoints after the previous appointment ended, from its end on', () => {
    const to = '2024-06-01T00:00:00.000Z';
    const given = spec(unitDecider).given([
      townRegistered,
      appointed('P1', 'principal', FROM),
      ended('P1', 'principal', FROM, to),
    ]);
    given.when(appoint({ from: to })).thenMatches([{ type: 'PersonAppointed' }]);
    given
      .when(appoint({ from: '2024-05-31T23:59:59.999Z' }))
      .thenThrows('state', 'appointment_overlaps');
  });

  it('ends an open appointment', () => {
    spec(unitDecider)
      .given([townRegistered, appointed('P1', 'principal', FROM)])
      .when(end())
      .then([ended('P1', 'principal', FROM, '2025-01-01T00:00:00.000Z')]);
  });

  it('ends an appointment on the day it began', () => {
    spec(unitDecider)
      .given([townRegistered, appointed('P1', 'principal', FROM)])
      .when(end({ to: FROM }))
      .thenMatches([{ type: 'AppointmentEnded' }]);
  });

  it('refuses to before from', () => {
    spec(unitDecider)
      .given([townRegistered, appointed('P1', 'principal', FROM)])
      .when(end({ to: '2023-12-31T23:59:59.999Z' }))
      .thenThrows('rule', 'to_before_from');
  });

  it('refuses to in the future', () => {
    spec(unitDecider)
      .given([townRegistered, appointed('P1', 'principal', FROM)])
      .when(end({ to: '2025-06-01T00:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses ending an appointment that never existed', () => {
    spec(unitDecider)
      .given([townRegistered, appointed('P1', 'party_secretary', FROM)])
      .when(end())
      .thenThrows('not_found', 'appointment_not_found');
  });

  it('refuses ending an appointment that has already ended', () => {
    spec(unitDecider)
      .given([
        townRegistered,
        appointed('P1', 'principal', FROM),
        ended('P1', 'principal', FROM, NOW),
      ])
      .when(end())
      .thenThrows('state', 'appointment_already_ended');
  });

  it('refuses ending in a unit that does not exist', () => {
    spec(unitDecider).given([]).when(end()).thenThrows('not_found', 'unit_not_found');
  });

  it('ends only the open appointment of a person who held the post before', () => {
    const second = '2024-07-01T00:00:00.000Z';
    const { state } = spec(unitDecider).given([
      townRegistered,
      appointed('P1', 'principal', FROM),
      ended('P1', 'principal', FROM, '2024-06-01T00:00:00.000Z'),
      appointed('P1', 'principal', second),
      ended('P1', 'principal', second, NOW),
    ]);
    expect(state?.appointments.map((a) => [a.from, a.to])).toEqual([
      [FROM, '2024-06-01T00:00:00.000Z'],
      [second, NOW],
    ]);
  });
});
