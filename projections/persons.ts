import type { AgreementAmended, AgreementSigned, Signatory } from '../src/domain/agreements';
import type { AccountabilityActionDecided } from '../src/domain/enforcement';
import type { SignatureKind } from '../src/domain/inquiries/codes';
import type {
  InvestigationConcluded,
  MisreportingFindingEstablished,
} from '../src/domain/incidents';
import type { AppointmentEnded, PersonAppointed, UnitRegistered } from '../src/domain/units';
import type { EventRef, Projection, ProjectedEvent, ProjectionStore } from './projection';
import { byType, refOf } from './projection';
import { appointedPost, type HeldPost } from './shared/held-post';
import { applyUnitRegistered, findUnitNode, UNIT_NODE_COLLECTIONS } from './shared/unit-paths';

export const PERSONS = 'persons';

/** A post the person holds or held, with the unit as it was registered. */
export interface PersonPostDoc extends HeldPost {
  unitId: string;
  unitName: string;
  unitKind: string;
  /** The unit, then each ancestor up to the root. */
  unitPath: string[];
}

/** The person named as a signatory of an agreement, when it was signed or by an amendment. */
export interface SignatureDoc {
  agreementId: string;
  year: number;
  responsibleUnitId: string;
  /** The unit whose post they signed in (the responsible or the issuer unit). */
  unitId: string;
  post: string;
  personName: string;
  by: SignatureKind;
  /** `signedAt`, or the amendment's `amendedAt`. */
  at: string;
  ref: EventRef;
}

/**
 * One person (人员) as the records name them: the posts held, the agreements signed, and the
 * incidents and accountability actions that name them. A person named only by an investigation,
 * a finding or an action has a document too (`heldPost` false).
 */
export interface PersonDoc {
  _id: string;
  /** The names the person was recorded under, in the order first used. */
  names: string[];
  heldPost: boolean;
  posts: PersonPostDoc[];
  /** Every unit of every post's path: the person lies within a scope that is one of them. */
  paths: string[];
  signatures: SignatureDoc[];
  /** Incidents whose misreporting findings or investigation conclusion name the person. */
  incidentIds: string[];
  /** Accountability actions against the person. */
  actionIds: string[];
}

const emptyPerson = (personId: string): PersonDoc => ({
  _id: personId,
  names: [],
  heldPost: false,
  posts: [],
  paths: [],
  signatures: [],
  incidentIds: [],
  actionIds: [],
});

const adding = <T>(list: readonly T[], ...values: T[]): T[] => [...new Set([...list, ...values])];

async function change(
  store: ProjectionStore,
  personId: string,
  update: (person: PersonDoc) => PersonDoc,
): Promise<void> {
  const person = (await store.get<PersonDoc>(PERSONS, personId)) ?? emptyPerson(personId);
  store.put<PersonDoc>(PERSONS, update(person));
}

async function appointed(
  event: ProjectedEvent<PersonAppointed>,
  store: ProjectionStore,
): Promise<void> {
  const { data } = event;
  const node = await findUnitNode(store, data.unitId);
  const unitPath = node?.path ?? [data.unitId];
  const post: PersonPostDoc = {
    unitId: data.unitId,
    unitName: node?.name ?? data.unitId,
    unitKind: node?.kind ?? 'unknown',
    unitPath,
    ...appointedPost(event),
  };
  await change(store, data.personId, (person) => ({
    ...person,
    names: adding(person.names, data.personName),
    heldPost: true,
    posts: [...person.posts, post],
    paths: adding(person.paths, ...unitPath),
  }));
}

async function ended(event: ProjectedEvent<AppointmentEnded>, store: ProjectionStore) {
  const { data } = event;
  await change(store, data.personId, (person) => ({
    ...person,
    posts: person.posts.map((p) =>
      p.unitId === data.unitId && p.post === data.post && p.from === data.from
        ? { ...p, to: data.to, endRef: refOf(event) }
        : p,
    ),
  }));
}

async function signed(
  event: ProjectedEvent<AgreementSigned | AgreementAmended>,
  signatories: readonly Signatory[],
  by: SignatureKind,
  at: string,
  store: ProjectionStore,
): Promise<void> {
  const { data } = event;
  for (const s of signatories) {
    const signature: SignatureDoc = {
      agreementId: data.id,
      year: data.year,
      responsibleUnitId: data.responsibleUnitId,
      unitId: s.unitId,
      post: s.post,
      personName: s.personName,
      by,
      at,
      ref: refOf(event),
    };
    await change(store, s.personId, (person) => ({
      ...person,
      names: adding(person.names, s.personName),
      signatures: [...person.signatures, signature],
    }));
  }
}

const incidentIdOf = (event: ProjectedEvent): string =>
  event.streamId.startsWith('incident-')
    ? event.streamId.slice('incident-'.length)
    : event.streamId;

async function named(event: ProjectedEvent, personIds: readonly string[], store: ProjectionStore) {
  for (const personId of new Set(personIds)) {
    await change(store, personId, (person) => ({
      ...person,
      incidentIds: adding(person.incidentIds, incidentIdOf(event)),
    }));
  }
}

/** Persons: who held which post, signed which agreement, and which records name them. */
export const personsProjection: Projection = {
  name: 'persons',
  version: 1,
  collections: {
    ...UNIT_NODE_COLLECTIONS,
    [PERSONS]: { indexes: [['paths'], ['heldPost']] },
  },
  ...byType<
    | UnitRegistered
    | PersonAppointed
    | AppointmentEnded
    | AgreementSigned
    | AgreementAmended
    | MisreportingFindingEstablished
    | InvestigationConcluded
    | AccountabilityActionDecided
  >({
    UnitRegistered: applyUnitRegistered,
    PersonAppointed: appointed,
    AppointmentEnded: ended,
    AgreementSigned: (event, store) =>
      signed(event, event.data.signatories, 'signing', event.data.signedAt, store),
    AgreementAmended: (event, store) =>
      signed(event, event.data.signatories ?? [], 'amendment', event.data.amendedAt, store),
    MisreportingFindingEstablished: (event, store) =>
      named(event, event.data.responsiblePersonIds ?? [], store),
    InvestigationConcluded: (event, store) =>
      named(
        event,
        event.data.liable.flatMap((l) => (l.personId === undefined ? [] : [l.personId])),
        store,
      ),
    AccountabilityActionDecided: async (event, store) => {
      const { targetPersonId, id } = event.data;
      if (targetPersonId === undefined) return;
      await change(store, targetPersonId, (person) => ({
        ...person,
        actionIds: adding(person.actionIds, id),
      }));
    },
  }),
};

/** Posts held at some time in [from, to) (either bound open when absent). */
export const heldDuring = (post: PersonPostDoc, from?: string, to?: string): boolean =>
  (to === undefined || Date.parse(post.from) < Date.parse(to)) &&
  (from === undefined || post.to === null || Date.parse(from) < Date.parse(post.to));
