import { SYSTEM_ACTOR_IDS } from '../../domain/users';
import type { Actor } from '../shared/actor';
import { tokensEqual } from './token-hash';
import type { TokenResolver } from './token-resolver';

/** BOOTSTRAP_ADMIN_TOKEN: a global admin for first setup and automation. */
export class BootstrapTokenResolver implements TokenResolver {
  constructor(private readonly token: string | undefined) {}

  async resolve(token: string): Promise<Actor | undefined> {
    if (!this.token || !tokensEqual(token, this.token)) return undefined;
    return { kind: 'system', id: SYSTEM_ACTOR_IDS.bootstrapAdmin, role: 'admin' };
  }
}
