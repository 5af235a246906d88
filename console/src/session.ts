import { UNIT_KINDS } from '../../src/domain/units/codes';
import type { UnitKind } from '../../src/domain/units/codes';
import type { Answer } from './api';

/** The unit the token's scope starts from, as the units list shows it; null for global scope. */
export interface ScopeUnit {
  id: string;
  name: string;
  kind: UnitKind;
}

interface Signed {
  token: string;
  scope: ScopeUnit | null;
  /** The assessment year the console opens on: this year, or the last one with results. */
  year: number;
}

/** Kept in sessionStorage only: gone when the tab closes or on sign-out. */
const KEY = 'safety-console';

function read(): Signed | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Signed) : null;
  } catch {
    return null;
  }
}

export const session = {
  token: (): string | null => read()?.token ?? null,
  scope: (): ScopeUnit | null => read()?.scope ?? null,
  year: (): number => read()?.year ?? new Date().getFullYear(),
  signedIn: (): boolean => read() !== null,
  save: (signed: Signed): void => sessionStorage.setItem(KEY, JSON.stringify(signed)),
  clear: (): void => sessionStorage.removeItem(KEY),
};

type UnitPage = Answer<'UnitPage'>;
type FetchUnits = (query: Record<string, string>) => Promise<UnitPage>;

/**
 * The top of the token's scope, found with the units list (which defaults to the scope): the one
 * unit of the highest kind present. Several units of that kind mean a scope above them, which
 * only global scope has (null). Each request is small: one kind at a time until one is found.
 */
export async function findScope(units: FetchUnits): Promise<ScopeUnit | null> {
  const order = ['city', 'district', 'town', 'park', 'village', 'department', 'enterprise'].filter(
    (kind): kind is UnitKind => (UNIT_KINDS as readonly string[]).includes(kind),
  );
  for (const kind of order) {
    const page = await units({ kind, limit: '2' });
    if (page.total === 0) continue;
    if (page.total > 1) return null;
    const [top] = page.items;
    return { id: top.id, name: top.name, kind: top.kind };
  }
  return null;
}
