import { agreementDecider, type Agreement, type AgreementEvent } from '../src/domain/agreements';
import type { EventRef, Projection, ProjectedEvent, ProjectionStore } from './projection';
import { byType, refOf, writtenBy, WRITTEN_INDEX, type Written } from './projection';

export interface AgreementDoc
  extends Omit<Agreement, 'terminatedAt' | 'terminationReason'>, Written {
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
  version: 2,
  collections: {
    [AGREEMENTS]: {
      indexes: [
        ['year', 'responsibleUnitId'],
        ['year', 'issuerUnitId'],
        ['responsibleUnitId'],
        ['status'],
        WRITTEN_INDEX,
      ],
    },
  },
  ...byType<AgreementEvent>({
    AgreementSigned: applyAgreementEvent,
    AgreementAmended: applyAgreementEvent,
    AgreementTerminated: applyAgreementEvent,
  }),
};

async function applyAgreementEvent(
  event: ProjectedEvent<AgreementEvent>,
  store: ProjectionStore,
): Promise<void> {
  const current = await store.get<AgreementDoc>(AGREEMENTS, event.data.id);
  const state = agreementDecider.evolve(current ? agreementOf(current) : null, event);
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
    ...writtenBy(event),
  });
}

/** The agreement as the domain holds it: `GET /agreements` shows it with the domain's view. */
export function agreementOf(doc: AgreementDoc): Agreement {
  const {
    _id,
    ref: _ref,
    amendmentRefs: _a,
    terminationRef: _t,
    lastPosition: _p,
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
