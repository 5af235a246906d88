import { labelOf } from '../shared/labels';
import type { Role } from './roles';
import type { User } from './state';

/** `GET /users/:id`; never shows the token hash. */
export interface UserView {
  id: string;
  name: string;
  role: Role;
  /** The role, in Chinese. */
  roleLabel: string;
  scopeUnitId: string;
  revoked: boolean;
  revokedAt: string | null;
  revocationReason: string | null;
  /** When the user's token was revoked (not the user): a new one may be issued. */
  tokenRevokedAt: string | null;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    roleLabel: labelOf('role', user.role),
    scopeUnitId: user.scopeUnitId,
    revoked: user.revokedAt !== undefined,
    revokedAt: user.revokedAt ?? null,
    revocationReason: user.revocationReason ?? null,
    tokenRevokedAt: user.tokenRevokedAt ?? null,
  };
}
