import type { RecordedEvent } from '../../event-store.port';
import type { AnchoredTree } from '../anchor-recorder';
import type { MerkleTree } from '../merkle';
import {
  type AnchorData,
  type BundleEvent,
  type BundleStream,
  EVIDENCE_FORMAT,
  EVIDENCE_VERSION,
  type EvidenceBundle,
  type StreamRole,
} from './bundle-format';

/** A stream read from the store (raw: as stored), with why it is in the bundle. */
export interface StreamToBundle {
  streamId: string;
  roles: StreamRole[];
  /** From revision 0 up to at least the anchored head (later events are left out). */
  events: RecordedEvent[];
}

/** The bundle of the streams under an anchor whose tree holds each of their heads. */
export function assembleBundle(
  incidentId: string,
  streams: readonly StreamToBundle[],
  anchor: AnchoredTree & { fresh: boolean },
  builtAt: string,
): EvidenceBundle {
  const bundled = streams
    .map((stream) => bundleStream(stream, anchor.tree))
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  return {
    format: EVIDENCE_FORMAT,
    version: EVIDENCE_VERSION,
    incidentId,
    builtAt,
    streams: bundled,
    anchor: {
      streamId: anchor.event.streamId,
      recordedForBundle: anchor.fresh,
      event: bundleEvent(anchor.event) as BundleEvent & { data: AnchorData },
    },
  };
}

function bundleStream({ streamId, roles, events }: StreamToBundle, tree: MerkleTree): BundleStream {
  const head = tree.head(streamId);
  const proof = tree.proof(streamId);
  if (!head || !proof) throw new Error(`the anchor does not hold stream ${streamId}`);
  const upToHead = events.slice(0, head.revision + 1);
  const last = upToHead.at(-1);
  if (last?.revision !== head.revision || last.metadata.hash !== head.hash) {
    throw new Error(`stream ${streamId} as read does not reach its anchored head`);
  }
  return {
    streamId,
    roles,
    head: { revision: head.revision, hash: head.hash },
    proof,
    events: upToHead.map(bundleEvent),
  };
}

export function bundleEvent(event: RecordedEvent): BundleEvent {
  const { prevHash, hash, ...metadata } = event.metadata;
  return {
    id: event.id,
    revision: event.revision,
    position: event.position,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata,
    prevHash,
    hash,
  };
}
