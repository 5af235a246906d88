import { CONTEXT_MODULES } from '../../../src/app.module';
import { operationDocsOf } from '../../../src/infrastructure/http/openapi/operation-docs';
import { declaredRoutes } from '../../../src/modules/auth/declared-routes';

const routes = declaredRoutes(CONTEXT_MODULES);
const name = (route: (typeof routes)[number]) =>
  `${route.controller.name}.${route.methodName} (${route.key})`;

describe('@Route on every controller method', () => {
  it('finds the routes of every context', () => {
    expect(routes.length).toBeGreaterThan(70);
    expect(routes.map((route) => route.key)).toEqual(
      expect.arrayContaining(['GET /agreements/coverage', 'POST /incidents', 'GET /health']),
    );
  });

  it('declares every route that needs a token with @Route, and documents the public ones', () => {
    expect(routes.filter((route) => !route.public && !route.declaration).map(name)).toEqual([]);
    const undocumented = routes.filter(
      (route) => !operationDocsOf(route.controller.prototype[route.methodName] as object),
    );
    expect(undocumented.map(name)).toEqual([]);
    expect(routes.filter((route) => route.public).map((route) => route.key)).toEqual([
      'GET /health',
      'GET /health',
    ]);
  });

  it('declares each route once', () => {
    const keys = routes.filter((route) => !route.public).map((route) => route.key);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('touches only path parameters the route has, and gives every summary', () => {
    const wrong = routes.flatMap((route) => {
      const params = new Set([...route.key.matchAll(/:(\w+)/g)].map((match) => match[1]));
      const touched = (route.declaration?.touches ?? [])
        .map((touch) => /^params\.(\w+)$/.exec(touch.at)?.[1])
        .filter((param): param is string => param !== undefined);
      const missing = touched.filter((param) => !params.has(param));
      const noSummary = route.declaration && !route.declaration.summary.trim();
      return [...missing.map((param) => `${name(route)}: no :${param}`)].concat(
        noSummary ? [`${name(route)}: no summary`] : [],
      );
    });
    expect(wrong).toEqual([]);
  });
});
