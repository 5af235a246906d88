import { disposeCharts } from './charts';
import { ApiError } from './api';
import { h, replace } from './dom';

/** What a view gets: the path's parameters, the hash's query, and the element it fills. */
export interface ViewContext {
  params: Record<string, string>;
  query: URLSearchParams;
  root: HTMLElement;
  /** False once the person has gone to another page: a late answer must not be drawn. */
  current: () => boolean;
}

export interface Route {
  /** `unit/:id` */
  pattern: string;
  name: string;
  title: string;
  render: (context: ViewContext) => Promise<void>;
}

/** `#/unit/T1?year=2025` → path `unit/T1`, query `year=2025`. */
export function parseHash(hash: string): { path: string; query: URLSearchParams } {
  const raw = hash.replace(/^#\/?/, '');
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  return { path, query: new URLSearchParams(at < 0 ? '' : raw.slice(at + 1)) };
}

function matchRoute(
  routes: readonly Route[],
  path: string,
): { route: Route; params: Record<string, string> } | null {
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    if (
      pattern.every((segment, i) => {
        if (segment.startsWith(':')) {
          params[segment.slice(1)] = decodeURIComponent(parts[i]);
          return true;
        }
        return segment === parts[i];
      })
    ) {
      return { route, params };
    }
  }
  return null;
}

/** Builds `#/path?query` from a path and the set values of a query. */
export function hashOf(
  path: string,
  query: Record<string, string | number | null | undefined> = {},
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/${path}${search ? `?${search}` : ''}`;
}

/** Changes the address without drawing the page again (a tab switched within a view). */
export const replaceQuery = (path: string, query: Record<string, string | null | undefined>) =>
  history.replaceState(null, '', `#${hashOf(path, query)}`);

let generation = 0;

/**
 * Draws the page of the current hash. The body carries `data-view` and `data-state`
 * (`loading`, `ready`, `error`), and a performance mark `rendered` is set once the view has drawn
 * its data: the browser tests time page loads with it.
 */
export async function render(
  routes: readonly Route[],
  fallback: string,
  root: HTMLElement,
): Promise<void> {
  const mine = ++generation;
  const { path, query } = parseHash(location.hash);
  const found = matchRoute(routes, path) ?? matchRoute(routes, fallback);
  if (!found) return;
  const { route, params } = found;
  disposeCharts();
  document.body.dataset.view = route.name;
  document.body.dataset.state = 'loading';
  document.title = `${route.title} · 安委办工作台`;
  // The view draws into an element already on the page: charts need their size.
  const view = h('div', { class: 'view', 'aria-busy': 'true' });
  replace(root, view);
  try {
    await route.render({ params, query, root: view, current: () => mine === generation });
    if (mine !== generation) return;
    document.body.dataset.state = 'ready';
  } catch (error) {
    if (mine !== generation) return;
    const message = error instanceof ApiError ? error.explanation : `页面出错：${String(error)}`;
    view.append(h('p', { class: 'note note-error', role: 'alert' }, message));
    document.body.dataset.state = 'error';
  }
  view.removeAttribute('aria-busy');
  performance.mark(`rendered:${route.name}`);
}
