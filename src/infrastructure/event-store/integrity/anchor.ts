import { createHash } from 'node:crypto';
import type { Upcaster } from '../upcasting/upcaster-registry';
import { merkleRoot } from './merkle';

export const ANCHOR_STREAM = 'integrity-anchors';
export const ANCHOR_EVENT_TYPE = 'IntegrityAnchorRecorded';

export interface StreamHead {
  streamId: string;
  revision: number;
  hash: string;
}

/**
 * How an anchor's root is computed over the stream heads. `flat-sha256-v0`: one SHA-256 over
 * every head (anchors written before schemes existed, which carry no `scheme`);
 * `merkle-sha256-v1`: the root of the Merkle tree of merkle.ts, which proves one head at a time.
 */
export type AnchorScheme = 'flat-sha256-v0' | 'merkle-sha256-v1';
export const FLAT_SCHEME: AnchorScheme = 'flat-sha256-v0';
export const MERKLE_SCHEME: AnchorScheme = 'merkle-sha256-v1';

/** Anchors are written at version 2 (with `scheme`); version 1 reads as the flat scheme. */
export const ANCHOR_SCHEMA_VERSION = 2;

export interface IntegrityAnchor {
  root: string;
  streamCount: number;
  upToPosition: number;
  reason: 'periodic' | 'on_demand';
  /** Absent in anchors recorded before schemes (version 1): read as `flat-sha256-v0`. */
  scheme?: AnchorScheme;
}

/** The scheme of a stored anchor: its own, or the flat one for anchors recorded before schemes. */
export const anchorSchemeOf = (anchor: IntegrityAnchor): AnchorScheme =>
  anchor.scheme ?? FLAT_SCHEME;

/** Raises a version-1 anchor to version 2 by naming the scheme it was recorded under. */
export const anchorWithScheme: Upcaster = {
  type: ANCHOR_EVENT_TYPE,
  fromVersion: 1,
  upcast: (data) => ({
    ...(data as IntegrityAnchor),
    scheme: anchorSchemeOf(data as IntegrityAnchor),
  }),
};

/** The root of the heads under `scheme`. */
export function anchorRoot(heads: Iterable<StreamHead>, scheme: AnchorScheme): string {
  return scheme === MERKLE_SCHEME ? merkleRoot(heads) : flatRoot(heads);
}

/** `flat-sha256-v0`: SHA-256 of the lines `streamId NUL revision NUL hash`, in stream-id order, joined by LF. */
export function flatRoot(heads: Iterable<StreamHead>): string {
  const lines = [...heads]
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0))
    .map((head) => `${head.streamId}\u0000${head.revision}\u0000${head.hash}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
