import { uniqueRefs } from '../../../../src/domain/assessment/points';

describe('uniqueRefs', () => {
  it('keeps each reference once, in first-seen order', () => {
    const a = { streamId: 'hazard-H1', eventId: 'e1' };
    const b = { streamId: 'hazard-H1', eventId: 'e2' };
    const c = { streamId: 'incident-I1', eventId: 'e1' };
    expect(uniqueRefs([a, b, { ...a }, c, b])).toEqual([a, b, c]);
  });

  it('answers plain { streamId, eventId } even for references carrying more', () => {
    const wide = { streamId: 'unit-U1', eventId: 'e9', position: 7, type: 'UnitRegistered' };
    const [ref] = uniqueRefs([wide]);
    expect(ref).toEqual({ streamId: 'unit-U1', eventId: 'e9' });
    expect(Object.keys(ref)).toEqual(['streamId', 'eventId']);
    expect(JSON.parse(JSON.stringify(uniqueRefs([wide])))).toEqual([
      { streamId: 'unit-U1', eventId: 'e9' },
    ]);
  });

  it('keeps a plain reference as it is, without copying it', () => {
    const plain = { streamId: 'hazard-H1', eventId: 'e1' };
    expect(uniqueRefs([plain])[0]).toBe(plain);
    const inherited = Object.assign(Object.create({ extra: 1 }), plain);
    expect(uniqueRefs([inherited])[0]).not.toBe(inherited);
    expect(JSON.stringify(uniqueRefs([inherited]))).toBe(
      '[{"streamId":"hazard-H1","eventId":"e1"}]',
    );
  });
});
