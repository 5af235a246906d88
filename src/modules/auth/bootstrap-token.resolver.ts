import type { Actor } from '../shared/actor';
import { tokensEqual } from './token-hash';
import type { TokenResolver } from './token-resolver';

export const BOOTSTRAP_ADMIN_ID = 'bootstrap-admin';

/** BOOTSTRAP_ADMIN_TOKEN: a global admin for first setup and automation. */
export class BootstrapTokenResolver implements TokenResolver {
  constructor(private readonly token: string | undefined) {}

  async resolve(token: string): Promise<Actor | undefined> {
    if (!this.token || !tokensEqual(token, this.token)) return undefined;
    return { id: BOOTSTRAP_ADMIN_ID, role: 'admin' };
  }
}
