import { agreementDecider, type Agreement, type AgreementEvent } from '../src/domain/agreements';
import type { EventRef, Projection } from './projection';
import { refOf } from './projection';

export interface AgreementDoc extends Omit<Agreement, 'terminatedAt' | 'terminationReason'> {
  _id: string;
  terminatedAt: string | null;
  terminationReason: string | null;
  ref: EventRef;
  amendmentRefs: EventRef[];
  terminationRef: EventRef | null;
}

const AGREEMENTS = 'agreements';

/** Agreements as signed and amended, with the events behind them. */
export const agreementsProjection: Projection = {
  name: 'agreements',
  version: 1,
  collections: {
    [AGREEMENTS]: {
      indexes: [
        ['year', 'responsibleUnitId'],
        ['year', 'issuerUnitId'],
        ['responsibleUnitId'],
        ['status'],
      ],
    },
  },
  handles: new Set(['AgreementSigned', 'AgreementAmended', 'AgreementTerminated']),
  async apply(event, store) {
    const id = event.data.id as string;
    const current = await store.get<AgreementDoc>(AGREEMENTS, id);
    const state = agreementDecider.evolve(current ? toState(current) : null, {
      type: event.type,
      data: event.data,
    } as unknown as AgreementEvent);
    if (!state) return;
    store.put<AgreementDoc>(AGREEMENTS, {
      ...state,
      _id: state.id,
      terminatedAt: state.terminatedAt ?? null,
      terminationReason: state.terminationReason ?? null,
      ref: current?.ref ?? refOf(event),
      amendmentRefs: [
        ...(current?.amendmentRefs ?? []),
        ...(event.type === 'AgreementAmended' ? [refOf(event)] : []),
      ],
      terminationRef:
        event.type === 'AgreementTerminated' ? refOf(event) : (current?.terminationRef ?? null),
    });
  },
};

function toState(doc: AgreementDoc): Agreement {
  const {
    _id,
    ref: _ref,
    amendmentRefs: _a,
    terminationRef: _t,
    terminatedAt,
    terminationReason,
    ...rest
  } = doc;
  return {
    ...rest,
    id: _id,
    ...(terminatedAt ? { terminatedAt } : {}),
    ...(terminationReason ? { terminationReason } : {}),
  };
}

/** The agreement in force at `at`: signed by then and not terminated before. */
export const inForceAt = (agreement: AgreementDoc, at: string): boolean =>
  Date.parse(agreement.signedAt) <= Date.parse(at) &&
  (agreement.terminatedAt === null || Date.parse(at) < Date.parse(agreement.terminatedAt));
