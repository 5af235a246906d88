import { createHash } from 'node:crypto';

export const ANCHOR_STREAM = 'integrity-anchors';
export const ANCHOR_EVENT_TYPE = 'IntegrityAnchorRecorded';

export interface StreamHead {
  streamId: string;
  revision: number;
  hash: string;
}

export interface IntegrityAnchor {
  root: string;
  streamCount: number;
  upToPosition: number;
  reason: 'periodic' | 'on_demand';
}

/** One hash over every stream head, in stream-id order. */
export function anchorRoot(heads: Iterable<StreamHead>): string {
  const lines = [...heads]
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0))
    .map((head) => `${head.streamId}\u0000${head.revision}\u0000${head.hash}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
