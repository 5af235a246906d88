import { canonicalJson } from '../../../src/infrastructure/event-store/integrity/canonical-json';
import { createHash } from 'node:crypto';
import { computeEventHash } from '../../../src/infrastructure/event-store/integrity/event-hash';

/** The definition every stored hash was computed with: members written one by one, keys sorted. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    return `[${value.map((item) => reference(item === undefined ? null : item)).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${reference(record[key])}`);
  return `{${entries.join(',')}}`;
}

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const KEYS = [
  'a',
  'B',
  'unitId',
  'é',
  '\u2028',
  '0',
  '1',
  '9',
  '10',
  '01',
  '-1',
  '4294967295',
  '__proto_',
  '',
];

function randomValue(random: () => number, depth: number): unknown {
  const pick = random();
  if (depth > 3 || pick < 0.35) {
    const scalars = [null, undefined, 0, -0, 1.5e-7, 1e21, NaN, 'x', '安全', '\ud800', true, false];
    return scalars[Math.floor(random() * scalars.length)];
  }
  if (pick < 0.55) {
    return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  }
  const object: Record<string, unknown> = {};
  const size = Math.floor(random() * 5);
  for (let i = 0; i < size; i++) {
    object[KEYS[Math.floor(random() * KEYS.length)]] = randomValue(random, depth + 1);
  }
  return object;
}

describe('canonicalJson', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['NaN', NaN],
    ['an empty object', {}],
    ['undefined and functions in arrays', [undefined, 1, () => 1]],
    ['undefined, function and symbol members', { b: 1, a: undefined, c: () => 1, d: Symbol('s') }],
    ['array-index keys, nested', { '10': 1, '9': 2, a: { '2': 'x', '1': 'y' } }],
    ['keys that only look numeric', { x: { '01': 1, '-1': 3, '4294967295': 4, '1': 2 } }],
    ['a Map', { m: new Map([[1, 2]]) }],
    ['non-ASCII and separator keys', { é: 1, e: 2, E: 3, '\u2028': 4 }],
    ['a __proto__ member from parsed JSON', JSON.parse('{"__proto__":{"b":1,"a":2},"z":1}')],
    ['an event-like value', { type: 'HazardIdentified', data: { unitId: 'U1', level: 'major' } }],
  ])('writes %s as the reference definition does', (_name, value) => {
    expect(canonicalJson(value)).toBe(reference(value));
  });

  it('refuses a value JSON would write through toJSON, such as a Date, instead of writing {}', () => {
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson([new Date(0)])).toThrow(/Date/);
  });

  it('reads back as JSON.stringify writes it, keys aside, on 5,000 random values', () => {
    const random = prng(20261203);
    for (let i = 0; i < 5_000; i++) {
      const value = randomValue(random, 0);
      const written = JSON.stringify(value);
      if (written === undefined) continue;
      expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(written));
    }
  });

  it('agrees with the reference definition on 5,000 random values', () => {
    const random = prng(20261124);
    for (let i = 0; i < 5_000; i++) {
      const value = randomValue(random, 0);
      expect(canonicalJson(value)).toBe(reference(value));
    }
  });

  it('hashes an event as SHA-256 of the reference JSON of everything but its position and hash', () => {
    const random = prng(20261202);
    for (let i = 0; i < 2_000; i++) {
      const metadata = {
        ...(randomValue(random, 1) as object),
        actorId: 'u1',
        causationId: random() < 0.5 ? null : 'c1',
        recordedAt: '2025-02-01T00:00:00.000Z',
        prevHash: '0'.repeat(64),
        hash: random() < 0.5 ? 'stale' : '',
      };
      const event = {
        streamId: `hazard-${i}`,
        revision: i,
        id: `e${i}`,
        type: 'HazardIdentified',
        schemaVersion: 1 + (i % 3),
        data: randomValue(random, 0),
        metadata,
      };
      const { hash: _hash, ...covered } = metadata;
      const expected = createHash('sha256')
        .update(reference({ ...event, metadata: covered }))
        .digest('hex');
      expect(computeEventHash(event as never)).toBe(expected);
    }
  });

  it('keeps the hash of a stored event as it was first computed', () => {
    const event = {
      streamId: 'hazard-H1',
      revision: 0,
      id: 'e1',
      type: 'HazardIdentified',
      schemaVersion: 1,
      data: {
        unitId: 'U1',
        level: 'general',
        deadline: '2025-03-01T00:00:00.000Z',
        counts: { '10': 1, '9': 2 },
      },
      metadata: {
        actorId: 'u1',
        requestId: 'r1',
        correlationId: 'r1',
        causationId: null,
        recordedAt: '2025-02-01T00:00:00.000Z',
        prevHash: '0'.repeat(64),
      },
    };
    expect(computeEventHash(event as never)).toBe(
      'a77aeed3a446f16f698e0b4118b0bceb50f2927cb2961da475230272f2a9b02a',
    );
  });
});
