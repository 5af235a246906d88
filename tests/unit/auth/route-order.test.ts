import { expressRoutes, shadowedRoutes } from '../../../src/infrastructure/http/route-order';

const get = (path: string) => ({ method: 'GET', path });

describe('shadowedRoutes', () => {
  it('names a static route registered after a parameter route that takes it', () => {
    expect(shadowedRoutes([get('/agreements/:id'), get('/agreements/coverage')])).toEqual([
      'GET /agreements/coverage is registered after GET /agreements/:id, which takes it',
    ]);
  });

  it('accepts the static route first', () => {
    expect(shadowedRoutes([get('/agreements/coverage'), get('/agreements/:id')])).toEqual([]);
  });

  it('compares segment by segment, deeper paths and other methods apart', () => {
    const routes = [
      get('/assessments/:year'),
      get('/assessments/:year/units/:unitId'),
      get('/assessments/:year/units/:unitId/control-indicators'),
      { method: 'POST', path: '/incidents/:id' },
      get('/incidents/:id/responsibility-chain'),
      get('/incidents/list'),
      get('/units/:id/appointments/:personId/end'),
      get('/units/:id/appointments/current/end'),
    ];
    expect(shadowedRoutes(routes)).toEqual([
      'GET /units/:id/appointments/current/end is registered after GET /units/:id/appointments/:personId/end, which takes it',
    ]);
  });

  it('leaves the same path twice alone (with and without a trailing slash)', () => {
    expect(shadowedRoutes([get('/api/docs'), get('/api/docs/')])).toEqual([]);
  });

  it('lets a route for every method take the routes of each', () => {
    expect(
      shadowedRoutes([
        { method: 'ALL', path: '/hazards/:id' },
        { method: 'POST', path: '/hazards/plan' },
      ]),
    ).toHaveLength(1);
  });
});

describe('expressRoutes', () => {
  it("reads an Express router's stack in order, a layer per route and method", () => {
    const express = {
      router: {
        stack: [
          { name: 'query' },
          { route: { path: '/a/:id', methods: { get: true } } },
          { route: { path: ['/b', '/c'], methods: { post: true, _all: true } } },
        ],
      },
    };
    expect(expressRoutes(express)).toEqual([
      get('/a/:id'),
      { method: 'POST', path: '/b' },
      { method: 'ALL', path: '/b' },
      { method: 'POST', path: '/c' },
      { method: 'ALL', path: '/c' },
    ]);
  });
});
