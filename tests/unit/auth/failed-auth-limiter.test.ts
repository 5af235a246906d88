import { FailedAuthLimiter } from '../../../src/modules/auth/failed-auth-limiter';

describe('the failed-authentication limiter', () => {
  let now = 0;
  const limiter = () => new FailedAuthLimiter(3, 60_000, () => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('limits a key after its failures fill the window, until the oldest leaves it', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfter('client:a')).toBe(0);
      l.recordFailure('client:a');
      now += 10_000;
    }
    expect(l.retryAfter('client:a')).toBe(30);
    expect(l.retryAfter('client:b')).toBe(0);
    now += 30_000;
    expect(l.retryAfter('client:a')).toBe(0);
  });

  it('answers the longest wait of the keys asked about', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) l.recordFailure('client:a', 'credential:x');
    now += 20_000;
    for (let i = 0; i < 3; i++) l.recordFailure('credential:y');
    expect(l.retryAfter('client:b', 'credential:x')).toBe(40);
    expect(l.retryAfter('client:a', 'credential:y')).toBe(60);
    expect(l.retryAfter('client:b', 'credential:z')).toBe(0);
  });

  it('stays bounded under failures with ever new credentials, keeping the recent keys', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) l.recordFailure('client:flooder');
    for (let i = 0; i < 30_000; i++) l.recordFailure(`credential:${i}`);
    for (let i = 0; i < 3; i++) l.recordFailure('credential:last');
    expect(l.retryAfter('credential:last')).toBeGreaterThan(0);
    expect(l.retryAfter('credential:0')).toBe(0);
    expect((l as unknown as { failures: Map<string, number[]> }).failures.size).toBeLessThanOrEqual(
      10_000,
    );
  });
});
