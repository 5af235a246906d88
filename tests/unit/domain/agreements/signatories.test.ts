import { agreementDecider } from '../../../../src/domain/agreements/decider';
import { spec } from '../decider-spec';
import { SIGNED_AT, appointed, sign, unitWith } from './fixtures';

const given = () => spec(agreementDecider).given([]);

describe('signatories of an agreement', () => {
  it('requires signatories', () => {
    given()
      .when(sign({ signatories: [] }))
      .thenThrows('rule', 'signatories_required');
  });

  it('refuses an unknown post', () => {
    given()
      .when(sign({ signatories: [{ personId: 'P1', post: 'mayor' }] }))
      .thenThrows('rule', 'invalid_post');
  });

  it('refuses a person who does not hold the named post', () => {
    given()
      .when(
        sign({
          signatories: [
            { personId: 'P1', post: 'principal' },
            { personId: 'P9', post: 'principal' },
          ],
        }),
      )
      .thenThrows('rule', 'signatory_not_in_post');
    given()
      .when(
        sign({
          signatories: [
            { personId: 'P1', post: 'principal' },
            { personId: 'P3', post: 'safety_director' },
          ],
        }),
      )
      .thenThrows('rule', 'signatory_not_in_post');
  });

  it('accepts a post held in the issuer unit', () => {
    given()
      .when(
        sign({
          signatories: [
            { personId: 'P1', post: 'principal' },
            { personId: 'PD', post: 'principal' },
          ],
        }),
      )
      .thenMatches([{ type: 'AgreementSigned' }]);
  });

  it('refuses a signatory whose appointment ended exactly at signedAt', () => {
    const responsibleUnit = unitWith('T1', 'town', [
      appointed('T1', 'P1', 'principal'),
      appointed('T1', 'P2', 'party_secretary'),
      {
        type: 'AppointmentEnded',
        data: {
          unitId: 'T1',
          personId: 'P2',
          post: 'party_secretary',
          from: '2023-01-01T00:00:00.000Z',
          to: SIGNED_AT,
        },
      },
    ]);
    given()
      .when(
        sign({
          responsibleUnit,
          signatories: [
            { personId: 'P1', post: 'principal' },
            { personId: 'P2', post: 'party_secretary' },
          ],
        }),
      )
      .thenThrows('rule', 'signatory_not_in_post');
  });

  it('refuses a signatory appointed 1 ms after signedAt', () => {
    const responsibleUnit = unitWith('T1', 'town', [
      appointed('T1', 'P1', 'principal', '2025-01-10T02:00:00.001Z'),
    ]);
    given()
      .when(sign({ responsibleUnit, signatories: [{ personId: 'P1', post: 'principal' }] }))
      .thenThrows('rule', 'signatory_not_in_post');
  });

  it('requires the responsible unit’s principal or party secretary', () => {
    given()
      .when(
        sign({
          signatories: [
            { personId: 'PD', post: 'principal' },
            { personId: 'P3', post: 'deputy_in_charge' },
          ],
        }),
      )
      .thenThrows('rule', 'responsible_principal_missing');
  });

  it('accepts the party secretary alone for the responsible unit', () => {
    given()
      .when(sign({ signatories: [{ personId: 'P2', post: 'party_secretary' }] }))
      .thenMatches([{ type: 'AgreementSigned' }]);
  });

  it('refuses the same signatory twice', () => {
    given()
      .when(
        sign({
          signatories: [
            { personId: 'P1', post: 'principal' },
            { personId: 'P1', post: 'principal' },
          ],
        }),
      )
      .thenThrows('rule', 'duplicate_signatory');
  });
});
