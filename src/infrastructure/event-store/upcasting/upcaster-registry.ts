import type { RecordedEvent } from '../event-store.port';

/** Turns the data of `type` at `fromVersion` into the data of version `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
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
        data: upcaster.upcast(current.data),
      };
    }
  }

  get size(): number {
    return this.byKey.size;
  }
}
