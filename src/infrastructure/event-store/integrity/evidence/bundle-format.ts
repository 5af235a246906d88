import type { AnchorScheme } from '../anchor';
import type { MerkleProof } from '../merkle';

/**
 * The evidence bundle of an incident (docs/evidence.md): every event of the streams the incident
 * rests on, from revision 0, and the integrity anchor with an inclusion proof of each stream head.
 */
export const EVIDENCE_FORMAT = 'safety-evidence-bundle';
export const EVIDENCE_VERSION = 1;

/** An event as stored: its metadata without `prevHash` and `hash`, which stand beside it. */
export interface BundleEvent {
  id: string;
  revision: number;
  /** Global position in the store (not covered by the hash: increasing within a stream). */
  position: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** Why a stream is in the bundle. */
export type StreamRole = 'incident' | 'chain_unit' | 'agreement_in_force' | 'accountability_action';

export interface BundleStream {
  streamId: string;
  roles: StreamRole[];
  /** The head the anchor holds: the revision and hash of the stream's last event. */
  head: { revision: number; hash: string };
  /** The head's inclusion proof in the anchor's Merkle tree. */
  proof: MerkleProof;
  events: BundleEvent[];
}

export interface AnchorData {
  root: string;
  scheme: AnchorScheme;
  streamCount: number;
  upToPosition: number;
  reason: string;
}

export interface BundleAnchor {
  streamId: string;
  /** True when the anchor was recorded for this bundle (the latest one did not cover its heads). */
  recordedForBundle: boolean;
  event: BundleEvent & { data: AnchorData };
}

export interface EvidenceBundle {
  format: typeof EVIDENCE_FORMAT;
  version: typeof EVIDENCE_VERSION;
  incidentId: string;
  builtAt: string;
  /** Sorted by stream id. */
  streams: BundleStream[];
  anchor: BundleAnchor;
}
