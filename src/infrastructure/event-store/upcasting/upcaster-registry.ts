import type { RecordedEvent } from '../event-store.port';

/**
 * Turns the data of `type` at `fromVersion` into the data of version `fromVersion + 1`; the
 * recorded event (its metadata: `recordedAt`, ...) is given for what the old data lacks.
 */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown, event: RecordedEvent): unknown;
}

/** Applied on every read: an event is raised version by version until no upcaster applies. */
export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    upcasters.forEach((upcaster) => this.register(upcaster));
  }

  register(upcaster: Upcaster): this {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.byKey.has(key)) throw new Error(`Duplicate upcaster for ${key}`);
    this.byKey.set(key, upcaster);
    return this;
  }

  apply<E extends RecordedEvent>(event: E): E {
    let current = event;
    for (;;) {
      const upcaster = this.byKey.get(`${current.type}@${current.schemaVersion}`);
      if (!upcaster) return current;
      current = {
        ...current,
        schemaVersion: current.schemaVersion + 1,
        data: upcaster.upcast(current.data, current),
      };
    }
  }

  /** The version new events of `type` are written at: the one its upcasters raise old ones to. */
  currentVersion(type: string): number {
    let version = 1;
    while (this.byKey.has(`${type}@${version}`)) version++;
    return version;
  }

  get size(): number {
    return this.byKey.size;
  }
}
