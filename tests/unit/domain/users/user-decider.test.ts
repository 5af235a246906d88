import { fold } from '../../../../src/domain/shared/decider';
import type {
  RegisterUser,
  ReissueUserToken,
  RevokeUser,
  RevokeUserToken,
} from '../../../../src/domain/users/commands';
import { userDecider, userStreamId } from '../../../../src/domain/users/decider';
import type { UserEvent, UserRegistered } from '../../../../src/domain/users/events';
import { ROLES } from '../../../../src/domain/users/roles';
import { isActiveUser, signsIn } from '../../../../src/domain/users/state';
import { toUserView } from '../../../../src/domain/users/view';
import { spec } from '../decider-spec';

const NOW = '2025-06-01T00:00:00.000Z';

const register = (overrides: Partial<RegisterUser> = {}): RegisterUser => ({
  type: 'RegisterUser',
  id: 'U1',
  name: '李四',
  role: 'inspector',
  scopeUnitId: 'D1',
  tokenHash: 'sha256:abc',
  now: NOW,
  ...overrides,
});

const revoke = (overrides: Partial<RevokeUser> = {}): RevokeUser => ({
  type: 'RevokeUser',
  now: NOW,
  ...overrides,
});

const registered: UserRegistered = {
  type: 'UserRegistered',
  data: { id: 'U1', name: '李四', role: 'inspector', scopeUnitId: 'D1', tokenHash: 'sha256:abc' },
};

const revoked: UserEvent = { type: 'UserRevoked', data: { id: 'U1', revokedAt: NOW } };

describe('users', () => {
  it('names the stream user-<id> and lists the roles', () => {
    expect(userStreamId('U1')).toBe('user-U1');
    expect(ROLES).toEqual(['admin', 'office', 'inspector', 'reporter', 'auditor']);
  });

  it('registers a user with the hash of its token', () => {
    spec(userDecider).given([]).when(register()).then([registered]);
  });

  it('refuses registering the same user twice', () => {
    spec(userDecider).given([registered]).when(register()).thenThrows('state', 'already_exists');
  });

  it('refuses an unknown role', () => {
    spec(userDecider)
      .given([])
      .when(register({ role: 'root' }))
      .thenThrows('rule', 'invalid_role');
  });

  it('refuses the ids the system acts under, in any letter case', () => {
    for (const id of ['bootstrap-admin', 'system', 'cli', 'demo', 'anonymous', 'System']) {
      spec(userDecider).given([]).when(register({ id })).thenThrows('rule', 'reserved_user_id');
    }
  });

  it('refuses a missing name, scope or token hash', () => {
    for (const field of ['name', 'scopeUnitId', 'tokenHash'] as const) {
      spec(userDecider)
        .given([])
        .when(register({ [field]: '' }))
        .thenThrows('rule', 'required');
    }
  });

  it('revokes a user at now, with the reason when given', () => {
    spec(userDecider).given([registered]).when(revoke()).then([revoked]);
    spec(userDecider)
      .given([registered])
      .when(revoke({ reason: '离职' }))
      .then([{ type: 'UserRevoked', data: { id: 'U1', revokedAt: NOW, reason: '离职' } }]);
  });

  it('refuses revoking twice', () => {
    spec(userDecider)
      .given([registered, revoked])
      .when(revoke())
      .thenThrows('state', 'already_revoked');
  });

  it('refuses revoking an unknown user', () => {
    spec(userDecider).given([]).when(revoke()).thenThrows('not_found', 'user_not_found');
  });

  it('tells active from revoked users', () => {
    expect(isActiveUser(fold(userDecider, []))).toBe(false);
    expect(isActiveUser(fold(userDecider, [registered]))).toBe(true);
    expect(isActiveUser(fold(userDecider, [registered, revoked]))).toBe(false);
  });

  it('shows a user without its token hash', () => {
    const view = toUserView(
      fold(userDecider, [
        registered,
        { type: 'UserRevoked', data: { id: 'U1', revokedAt: NOW, reason: '离职' } },
      ])!,
    );
    expect(view).toEqual({
      id: 'U1',
      name: '李四',
      role: 'inspector',
      roleLabel: '执法检查人员',
      scopeUnitId: 'D1',
      revoked: true,
      revokedAt: NOW,
      revocationReason: '离职',
      tokenRevokedAt: null,
    });
    expect(JSON.stringify(view)).not.toContain('sha256');
  });

  describe('tokens', () => {
    const reissue: ReissueUserToken = {
      type: 'ReissueUserToken',
      tokenHash: 'sha256:new',
      now: NOW,
    };
    const reissued: UserEvent = {
      type: 'UserTokenReissued',
      data: { id: 'U1', tokenHash: 'sha256:new', issuedAt: NOW },
    };
    const revokeToken = (tokenHash = 'sha256:abc'): RevokeUserToken => ({
      type: 'RevokeUserToken',
      tokenHash,
      reason: 'exposed',
      now: NOW,
    });
    const tokenRevoked: UserEvent = {
      type: 'UserTokenRevoked',
      data: { id: 'U1', tokenHash: 'sha256:abc', revokedAt: NOW, reason: 'exposed' },
    };

    it('revokes the current token, and nothing when it is no longer current or already revoked', () => {
      spec(userDecider).given([registered]).when(revokeToken()).then([tokenRevoked]);
      spec(userDecider).given([registered, tokenRevoked]).when(revokeToken()).then([]);
      spec(userDecider).given([registered, reissued]).when(revokeToken()).then([]);
      spec(userDecider).given([registered, revoked]).when(revokeToken()).then([]);
      spec(userDecider).given([]).when(revokeToken()).thenThrows('not_found', 'user_not_found');
    });

    it('issues a new token that replaces the old one, revoked or not', () => {
      spec(userDecider).given([registered, tokenRevoked]).when(reissue).then([reissued]);
      const state = fold(userDecider, [registered, tokenRevoked, reissued]);
      expect(signsIn(state, 'sha256:new')).toBe(true);
      expect(signsIn(state, 'sha256:abc')).toBe(false);
      expect(toUserView(state!).tokenRevokedAt).toBeNull();
      expect(signsIn(fold(userDecider, [registered, tokenRevoked]), 'sha256:abc')).toBe(false);
    });

    it('issues no token to a revoked or unknown user', () => {
      spec(userDecider)
        .given([registered, revoked])
        .when(reissue)
        .thenThrows('state', 'user_revoked');
      spec(userDecider).given([]).when(reissue).thenThrows('not_found', 'user_not_found');
    });
  });
});
