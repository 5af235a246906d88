/**
 * Routes the console uses only where the service has them, read from its OpenAPI document
 * (`/api/docs-json`, public): a service without quarterly standings shows no quarter selector.
 * Read once per tab, after the page has drawn.
 */
const KEY = 'safety-console-features';

export interface Features {
  /** `GET /assessments/{year}/quarters/{q}` (季度考评). */
  quarters: boolean;
}

let known: Promise<Features> | null = null;

export function features(): Promise<Features> {
  const kept = sessionStorage.getItem(KEY);
  if (kept) return Promise.resolve(JSON.parse(kept) as Features);
  known ??= fetch('/api/docs-json', { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : { paths: {} }))
    .then((document: { paths?: Record<string, unknown> }) => {
      const paths = Object.keys(document.paths ?? {});
      const found: Features = {
        quarters: paths.some((p) => /^\/assessments\/\{year\}\/quarters\/\{[^}]+\}$/.test(p)),
      };
      sessionStorage.setItem(KEY, JSON.stringify(found));
      return found;
    })
    .catch(() => ({ quarters: false }));
  return known;
}
