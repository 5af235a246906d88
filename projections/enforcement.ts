import type {
  AccountabilityAction,
  AccountabilityActionDecided,
  AccountabilityEvent,
  AccountabilityForm,
  BlacklistEvent,
  BlacklistState,
  EnterpriseBlacklisted,
  EnterpriseRemovedFromBlacklist,
  Penalty,
  PenaltyDecided,
  PenaltyEvent,
  PenaltyKind,
  PenaltyPhase,
  PenaltyRevoked,
} from '../src/domain/enforcement';
import { cstYear, toMs } from '../src/domain/shared/time';
import type { EventRef, Projection, ProjectedEvent, ProjectionStore } from './projection';
import { byType, refOf, writtenBy, WRITTEN_INDEX, type Written } from './projection';

export const PENALTIES = 'penalties';
export const ACTIONS = 'actions';
export const BLACKLIST = 'blacklist';

export interface PenaltyDoc extends Written {
  _id: string;
  enterpriseId: string;
  enforcingUnitId: string;
  kind: string;
  amountYuan: number | null;
  caseNo: string;
  basis: string;
  phase: string;
  decidedAt: string;
  /** Assessment year (CST) of `decidedAt`. */
  year: number;
  revoked: boolean;
  revokedAt: string | null;
  revocationReason: string | null;
  ref: EventRef;
  revocationRef: EventRef | null;
}

export interface ActionDoc extends Written {
  _id: string;
  targetPersonId: string | null;
  targetUnitId: string;
  form: string;
  decidingUnitId: string;
  decidedAt: string;
  year: number;
  reason: string;
  incidentId: string | null;
  ref: EventRef;
}

export interface ListingDoc {
  reason: string;
  listedAt: string;
  until: string;
  removedAt?: string;
  removalReason?: string;
  early?: boolean;
  ref: EventRef;
  removalRef?: EventRef;
}

/** Every listing of one enterprise, oldest first; the latest one's span is kept for queries. */
export interface BlacklistDoc {
  _id: string;
  enterpriseId: string;
  listings: ListingDoc[];
  /** `listedAt` of the latest listing (only the latest can be in force). */
  listedAt: string;
  /** When the latest listing ends: its removal if before `until`, else `until`. */
  listedUntil: string;
}

const idFromStream = (event: ProjectedEvent, prefix: string): string =>
  event.streamId.startsWith(prefix) ? event.streamId.slice(prefix.length) : event.streamId;

/** A listing holds until removal or `until`, whichever comes first. */
export const listingEndOf = (listing: ListingDoc): string =>
  listing.removedAt !== undefined && toMs(listing.removedAt) < toMs(listing.until)
    ? listing.removedAt
    : listing.until;

function penaltyDecided(event: ProjectedEvent<PenaltyDecided>, store: ProjectionStore): void {
  const { data } = event;
  store.put<PenaltyDoc>(PENALTIES, {
    _id: data.id,
    enterpriseId: data.enterpriseId,
    enforcingUnitId: data.enforcingUnitId,
    kind: data.kind,
    amountYuan: data.amountYuan ?? null,
    caseNo: data.caseNo,
    basis: data.basis,
    phase: data.phase,
    decidedAt: data.decidedAt,
    year: cstYear(data.decidedAt),
    revoked: false,
    revokedAt: null,
    revocationReason: null,
    ref: refOf(event),
    revocationRef: null,
    ...writtenBy(event),
  });
}

async function penaltyRevoked(
  event: ProjectedEvent<PenaltyRevoked>,
  store: ProjectionStore,
): Promise<void> {
  const { data } = event;
  const penalty = await store.get<PenaltyDoc>(PENALTIES, idFromStream(event, 'penalty-'));
  if (!penalty) return;
  store.put<PenaltyDoc>(PENALTIES, {
    ...penalty,
    revoked: true,
    revokedAt: data.revokedAt,
    revocationReason: data.reason,
    revocationRef: refOf(event),
    ...writtenBy(event),
  });
}

function actionDecided(
  event: ProjectedEvent<AccountabilityActionDecided>,
  store: ProjectionStore,
): void {
  const { data } = event;
  store.put<ActionDoc>(ACTIONS, {
    _id: data.id,
    targetPersonId: data.targetPersonId ?? null,
    targetUnitId: data.targetUnitId,
    form: data.form,
    decidingUnitId: data.decidingUnitId,
    decidedAt: data.decidedAt,
    year: cstYear(data.decidedAt),
    reason: data.reason,
    incidentId: data.incidentId ?? null,
    ref: refOf(event),
    ...writtenBy(event),
  });
}

function withListings(enterpriseId: string, listings: ListingDoc[]): BlacklistDoc {
  const latest = listings[listings.length - 1];
  return {
    _id: enterpriseId,
    enterpriseId,
    listings,
    listedAt: latest.listedAt,
    listedUntil: listingEndOf(latest),
  };
}

async function blacklisted(
  event: ProjectedEvent<EnterpriseBlacklisted>,
  store: ProjectionStore,
): Promise<void> {
  const { data } = event;
  const current = await store.get<BlacklistDoc>(BLACKLIST, data.enterpriseId);
  const listing: ListingDoc = {
    reason: data.reason,
    listedAt: data.listedAt,
    until: data.until,
    ref: refOf(event),
  };
  store.put(BLACKLIST, withListings(data.enterpriseId, [...(current?.listings ?? []), listing]));
}

async function removed(
  event: ProjectedEvent<EnterpriseRemovedFromBlacklist>,
  store: ProjectionStore,
): Promise<void> {
  const { data } = event;
  const current = await store.get<BlacklistDoc>(BLACKLIST, data.enterpriseId);
  if (!current || current.listings.length === 0) return;
  const listings = [...current.listings];
  listings[listings.length - 1] = {
    ...listings[listings.length - 1],
    removedAt: data.removedAt,
    removalReason: data.reason,
    early: data.early,
    removalRef: refOf(event),
  };
  store.put(BLACKLIST, withListings(data.enterpriseId, listings));
}

/** The penalty as the domain holds it: `GET /penalties` shows it with the domain's view. */
export const penaltyOf = (doc: PenaltyDoc): Penalty => ({
  id: doc._id,
  enterpriseId: doc.enterpriseId,
  enforcingUnitId: doc.enforcingUnitId,
  kind: doc.kind as PenaltyKind,
  ...(doc.amountYuan !== null && { amountYuan: doc.amountYuan }),
  caseNo: doc.caseNo,
  basis: doc.basis,
  decidedAt: doc.decidedAt,
  phase: doc.phase as PenaltyPhase,
  revocation:
    doc.revokedAt !== null
      ? { revokedAt: doc.revokedAt, reason: doc.revocationReason ?? '' }
      : null,
});

/** The action as the domain holds it: `GET /accountability-actions` shows it with the domain's view. */
export const actionOf = (doc: ActionDoc): AccountabilityAction => ({
  id: doc._id,
  ...(doc.targetPersonId !== null && { targetPersonId: doc.targetPersonId }),
  targetUnitId: doc.targetUnitId,
  form: doc.form as AccountabilityForm,
  decidingUnitId: doc.decidingUnitId,
  decidedAt: doc.decidedAt,
  reason: doc.reason,
  ...(doc.incidentId !== null && { incidentId: doc.incidentId }),
});

/** The enterprise's listings as the domain holds them. */
export const blacklistStateOf = (doc: BlacklistDoc): BlacklistState => ({
  listings: doc.listings.map((listing) => ({
    reason: listing.reason,
    listedAt: listing.listedAt,
    until: listing.until,
    removal:
      listing.removedAt !== undefined
        ? {
            removedAt: listing.removedAt,
            reason: listing.removalReason ?? '',
            early: listing.early ?? false,
          }
        : null,
  })),
});

/** Decisions list newest first, or oldest first. */
const DECISION_ORDERS: [string, 1 | -1][] = [
  ['decidedAt', -1],
  ['decidedAt', 1],
];

/** Penalties, accountability actions and the serious-dishonesty list, with their events. */
export const enforcementProjection: Projection = {
  name: 'enforcement',
  version: 2,
  collections: {
    [PENALTIES]: {
      indexes: [
        ['enforcingUnitId', 'year'],
        ['enterpriseId'],
        ['year'],
        ['decidedAt'],
        WRITTEN_INDEX,
      ],
      sorts: DECISION_ORDERS,
    },
    [ACTIONS]: {
      indexes: [
        ['targetUnitId'],
        ['targetPersonId'],
        ['incidentId'],
        ['year'],
        ['decidedAt'],
        WRITTEN_INDEX,
      ],
      sorts: DECISION_ORDERS,
    },
    [BLACKLIST]: { indexes: [['listedUntil'], ['listedAt']] },
  },
  ...byType<PenaltyEvent | AccountabilityEvent | BlacklistEvent>({
    PenaltyDecided: penaltyDecided,
    PenaltyRevoked: penaltyRevoked,
    AccountabilityActionDecided: actionDecided,
    EnterpriseBlacklisted: blacklisted,
    EnterpriseRemovedFromBlacklist: removed,
  }),
};
