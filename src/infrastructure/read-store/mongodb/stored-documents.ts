/** Shapes of what the MongoDB read store keeps. */

export interface StoredDocument {
  _id: string;
  [field: string]: unknown;
}

export interface CheckpointDocument {
  _id: string;
  position: number;
}

export interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: Date;
}

export interface AliasDocument {
  _id: string;
  collection: string;
}

/** Reserved collections; user collection names cannot start with `_`. */
export const CHECKPOINTS = '_checkpoints';
export const LEASES = '_leases';
export const ALIASES = '_aliases';
