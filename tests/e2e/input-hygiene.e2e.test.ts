import { useTestApp } from './support/api';

const unit = { name: '城关镇', kind: 'district' };

describe('text no request may carry', () => {
  const api = useTestApp();
  const { eventCount } = api;

  const postJson = (path: string, json: string) =>
    api.post(`${path}`).set('Content-Type', 'application/json').send(json);

  it.each([
    ['a non-character U+FFFF', '"名\\uffff"'],
    ['a non-character U+FFFE', '"名\\ufffe"'],
    ['a non-character of another plane (U+1FFFF)', '"名\\ud83f\\udfff"'],
    ['a non-character U+FDD0', '"名\\ufdd0"'],
    ['a lone high surrogate', '"名\\ud800"'],
    ['a lone low surrogate', '"\\udc00名"'],
    ['NUL', '"名\\u0000"'],
    ['ESC', '"名\\u001b"'],
    ['DEL', '"名\\u007f"'],
    ['a C1 control character', '"名\\u0085"'],
  ])(
    'refuses %s in a body field with 400 naming the field, and records nothing',
    async (_, name) => {
      const before = await eventCount();
      const response = await postJson('/units', `{"kind":"district","name":${name}}`).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([
        { field: 'name', message: expect.stringMatching(/^name contains U\+[0-9A-F]{4,6}/) },
      ]);
      expect(await eventCount()).toBe(before);
    },
  );

  it('names the path of a nested field and of an array item', async () => {
    const response = await postJson(
      '/agreements',
      '{"tasks":[{"code":"K1","title":"ok"},{"code":"K2","title":"bad\\u0007"}]}',
    ).expect(400);
    expect(response.body.errors).toEqual([
      { field: 'tasks.1.title', message: expect.stringContaining('U+0007') },
    ]);
  });

  it('accepts tab, line feed and carriage return, and every other character', async () => {
    const response = await postJson(
      '/units',
      JSON.stringify({ ...unit, name: '城关\t镇\r\n😀 \u00a0\ufffd\u200d' }),
    ).expect(201);
    expect(response.body.name).toBe('城关\t镇\r\n😀 \u00a0\ufffd\u200d');
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the key %s anywhere in a body instead of dropping it',
    async (key) => {
      const before = await eventCount();
      const top = await postJson(
        '/units',
        `{"name":"镇","kind":"district","${key}":{"isAdmin":true}}`,
      ).expect(400);
      expect(top.body.errors).toEqual([{ field: key, message: expect.any(String) }]);
      const nested = await postJson(
        '/agreements',
        `{"tasks":[{"code":"K1","${key}":{}}],"year":2025}`,
      ).expect(400);
      expect(nested.body.errors).toEqual([
        { field: `tasks.0.${key}`, message: expect.any(String) },
      ]);
      expect(await eventCount()).toBe(before);
    },
  );

  it('refuses the same characters and keys in a query', async () => {
    const nul = await api.get('/units?parentId=D%00').expect(400);
    expect(nul.body.errors).toEqual([
      { field: 'parentId', message: expect.stringContaining('U+0000') },
    ]);
    const nonCharacter = await api.get('/audit/events?streamId=unit-%EF%BF%BF').expect(400);
    expect(nonCharacter.body.errors).toEqual([
      { field: 'streamId', message: expect.stringContaining('U+FFFF') },
    ]);
    const proto = await api.get('/units?__proto__=1').expect(400);
    expect(proto.body.errors).toEqual([{ field: '__proto__', message: expect.any(String) }]);
  });

  it.each([
    ['year 0000', '0000-01-01T00:00:00Z'],
    ['year 1066', '1066-10-14T09:00:00Z'],
    ['year 2101', '2101-01-01T00:00:00+08:00'],
    ['offset +23:59', '2025-01-01T00:00:00+23:59'],
    ['offset -15:00', '2025-01-01T00:00:00-15:00'],
    ['offset +14:30', '2025-01-01T00:00:00+14:30'],
    ['offset minutes 60', '2025-01-01T00:00:00+08:60'],
    ['30 February', '2025-02-30T00:00:00Z'],
    ['29 February of a common year', '2025-02-29T00:00:00Z'],
    ['no offset', '2025-01-01T00:00:00'],
  ])('refuses a time with %s', async (_, establishedAt) => {
    const response = await postJson('/units', JSON.stringify({ ...unit, establishedAt })).expect(
      400,
    );
    expect(response.body.errors).toEqual([{ field: 'establishedAt', message: expect.any(String) }]);
  });

  it.each([
    ['+14:00', '2025-01-01T00:00:00+14:00', '2024-12-31T10:00:00.000Z'],
    ['-12:00', '2025-01-01T00:00:00-12:00', '2025-01-01T12:00:00.000Z'],
    ['+05:45', '2025-01-01T00:00:00+05:45', '2024-12-31T18:15:00.000Z'],
    ['29 February of a leap year', '2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['the founding of the republic', '1949-10-01T15:00:00+08:00', '1949-10-01T07:00:00.000Z'],
  ])('accepts a time with %s', async (_, establishedAt, stored) => {
    const response = await postJson('/units', JSON.stringify({ ...unit, establishedAt })).expect(
      201,
    );
    expect(response.body.establishedAt).toBe(stored);
  });

  it.each(['0000', '1999', '2101', '20250', '+2025', '2025.0'])(
    'refuses the year %s in a path',
    async (year) => {
      const response = await api.get(`/assessments/${year}`).expect(400);
      expect(response.body.errors).toEqual([{ field: 'year', message: expect.any(String) }]);
    },
  );
});
