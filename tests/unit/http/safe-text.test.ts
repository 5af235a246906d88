import {
  unsafeCharacterIn,
  unsafeInputErrors,
  withoutUnsafeCharacters,
} from '../../../src/infrastructure/http/safe-text';

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

describe('the characters no request may carry', () => {
  const controls = [...codePoints(0x00, 0x08), '\u000b', '\u000c', ...codePoints(0x0e, 0x1f)];
  const c1 = codePoints(0x7f, 0x9f);
  const nonCharacters = [
    ...codePoints(0xfdd0, 0xfdef),
    ...Array.from({ length: 17 }, (_, plane) => [
      String.fromCodePoint(plane * 0x10000 + 0xfffe),
      String.fromCodePoint(plane * 0x10000 + 0xffff),
    ]).flat(),
  ];

  it.each([
    ['C0 controls but tab, LF, CR', controls, 'a control character'],
    ['DEL and C1 controls', c1, 'a control character'],
    ['non-characters of every plane', nonCharacters, 'a Unicode non-character'],
    ['lone surrogates', ['\ud800', '\udbff', '\udc00', '\udfff'], 'a lone surrogate'],
  ])('refuses %s, naming the code point', (_, characters, kind) => {
    for (const character of characters) {
      const hex = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      expect(unsafeCharacterIn(`名${character}字`)).toBe(`contains U+${hex} (${kind})`);
    }
  });

  it('allows tab, LF, CR, paired surrogates and every other character', () => {
    const text = '\t\n\r 名 😀 \u00a0 \u200d \ufffd \ufdcf \ufdf0 \ufffc \u{10fffd} \u{1f600}';
    expect(unsafeCharacterIn(text)).toBeUndefined();
    expect(withoutUnsafeCharacters(text)).toBe(text);
  });

  it('replaces each refused character by U+FFFD for output', () => {
    expect(withoutUnsafeCharacters('a\u0000b\uffffc\ud800d\u{10ffff}e\ud83d')).toBe(
      'a\ufffdb\ufffdc\ufffdd\ufffde\ufffd',
    );
  });
});

describe('refused text and keys in parsed input', () => {
  it('names the path of each bad string and key, array items by index', () => {
    const input = JSON.parse(
      '{"name":"ok","tasks":[{"title":"fine"},{"title":"bad\\u0000","__proto__":{"x":1}}],' +
        '"constructor":1,"nested":{"prototype":{},"k\\uffff":"v"}}',
    );
    expect(unsafeInputErrors(input)).toEqual(
      expect.arrayContaining([
        { field: 'tasks.1.title', message: 'tasks.1.title contains U+0000 (a control character)' },
        { field: 'tasks.1.__proto__', message: 'tasks.1.__proto__ is a key no request may use' },
        { field: 'constructor', message: 'constructor is a key no request may use' },
        { field: 'nested.prototype', message: 'nested.prototype is a key no request may use' },
        {
          field: 'nested.k\ufffd',
          message: 'nested.k\ufffd contains U+FFFF (a Unicode non-character)',
        },
      ]),
    );
    expect(unsafeInputErrors(input)).toHaveLength(5);
  });

  it('accepts clean input of any shape', () => {
    expect(unsafeInputErrors({ a: [1, true, null, 'x\ty', { b: '名' }], c: 2.5 })).toEqual([]);
    expect(unsafeInputErrors(undefined)).toEqual([]);
    expect(unsafeInputErrors('plain')).toEqual([]);
  });

  it('reports at most ten errors and walks deep input without recursion', () => {
    expect(unsafeInputErrors(Array.from({ length: 50 }, () => '\u0000'))).toHaveLength(10);
    let deep: unknown = '\u0001';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unsafeInputErrors(deep)).toHaveLength(1);
  });
});
