import { AsOfLimiter } from '../../src/modules/as-of/as-of-limiter';

describe('the as-of read limiter', () => {
  it('refuses a user past its own limit and everyone past the service-wide one', () => {
    const limiter = new AsOfLimiter(2, 3);
    const a1 = limiter.take('a');
    const a2 = limiter.take('a');
    expect(limiter.take('a')).toEqual({ refused: 'user' });
    const b1 = limiter.take('b');
    expect(limiter.take('b')).toEqual({ refused: 'service' });
    expect(limiter.take('a')).toEqual({ refused: 'user' });
    for (const place of [a1, a2, b1]) expect(place).toHaveProperty('release');
  });

  it('gives a place back once, however often it is released', () => {
    const limiter = new AsOfLimiter(1, 2);
    const first = limiter.take('a');
    if (!('release' in first)) throw new Error('refused');
    first.release();
    first.release();
    const again = limiter.take('a');
    expect(again).toHaveProperty('release');
    expect(limiter.take('a')).toEqual({ refused: 'user' });
    expect(limiter.take('b')).toHaveProperty('release');
    expect(limiter.take('c')).toEqual({ refused: 'service' });
  });
});
