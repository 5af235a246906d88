import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

/** 32 random bytes, base64url: shown once to the user, stored only as its hash. */
export const generateToken = (): string => randomBytes(32).toString('base64url');

/** Constant-time comparison of two tokens (through their fixed-length hashes). */
export function tokensEqual(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashToken(a), 'hex'), Buffer.from(hashToken(b), 'hex'));
}
