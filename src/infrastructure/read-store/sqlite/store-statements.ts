import type Database from 'better-sqlite3';

/** Statements on the store's own tables (collections, checkpoints, leases, aliases). */
export function prepareStoreStatements(db: Database.Database) {
  return {
    /** Changes when another connection commits. */
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    collectionFields: db
      .prepare<[string], string>('SELECT fields FROM rs__collections WHERE name = ?')
      .pluck(),
    saveCollection: db.prepare<[string, string]>(
      `INSERT INTO rs__collections (name, fields) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET fields = excluded.fields`,
    ),
    indexExists: db
      .prepare<[string], number>("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?")
      .pluck(),
    forgetCollection: db.prepare<[string]>('DELETE FROM rs__collections WHERE name = ?'),
    listCollections: db
      .prepare<[], string>('SELECT name FROM rs__collections ORDER BY name')
      .pluck(),
    getCheckpoint: db
      .prepare<[string], number>('SELECT position FROM rs__checkpoints WHERE name = ?')
      .pluck(),
    setCheckpoint: db.prepare<[string, number]>(
      `INSERT INTO rs__checkpoints (name, position) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
    ),
    /** One statement, so atomic: takes the lease when free, expired, or already ours. */
    acquireLease: db.prepare<[{ name: string; owner: string; now: number; expiresAt: number }]>(
      `INSERT INTO rs__leases (name, owner, expires_at) VALUES (@name, @owner, @expiresAt)
       ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE rs__leases.owner = excluded.owner OR rs__leases.expires_at <= @now`,
    ),
    takeOverLease: db.prepare<[{ name: string; owner: string; from: string; expiresAt: number }]>(
      `UPDATE rs__leases SET owner = @owner, expires_at = @expiresAt
       WHERE name = @name AND owner = @from`,
    ),
    listLeases: db.prepare<[], { name: string; owner: string; expires_at: number }>(
      'SELECT name, owner, expires_at FROM rs__leases ORDER BY name',
    ),
    releaseLease: db.prepare<[string, string]>(
      'DELETE FROM rs__leases WHERE name = ? AND owner = ?',
    ),
    setAlias: db.prepare<[string, string]>(
      `INSERT INTO rs__aliases (alias, collection) VALUES (?, ?)
       ON CONFLICT (alias) DO UPDATE SET collection = excluded.collection`,
    ),
    resolveAlias: db
      .prepare<[string], string>('SELECT collection FROM rs__aliases WHERE alias = ?')
      .pluck(),
  };
}

export type StoreStatements = ReturnType<typeof prepareStoreStatements>;
