import { ruleViolation } from '../shared/errors';
import { PRINCIPAL_POSTS, type Post, isPost } from '../units/codes';
import { requireText } from '../units/guards';
import { holdersAt } from '../units/queries';
import type { Unit } from '../units/state';

export interface SignatoryInput {
  readonly personId: string;
  readonly post: string;
}

/** A signatory as recorded: the unit whose post they held and their name then. */
export interface Signatory {
  readonly personId: string;
  readonly post: Post;
  readonly unitId: string;
  readonly personName: string;
}

export interface SigningParties {
  readonly issuerUnit: Unit;
  readonly responsibleUnit: Unit;
}

/**
 * Each signatory holds the named post in the responsible or the issuer unit at `at`,
 * and at least one is the responsible unit's principal or party secretary.
 */
export function requireSignatories(
  signatories: readonly SignatoryInput[],
  { issuerUnit, responsibleUnit }: SigningParties,
  at: string,
): Signatory[] {
  if (signatories.length === 0) {
    throw ruleViolation('signatories_required', 'an agreement needs signatories', 'signatories');
  }
  const recorded = signatories.map((s, i) => {
    const field = `signatories[${i}]`;
    requireText(s.personId, `${field}.personId`);
    if (!isPost(s.post)) {
      throw ruleViolation('invalid_post', `post ${s.post} is not a post`, `${field}.post`);
    }
    const post = s.post;
    const holding = [responsibleUnit, issuerUnit]
      .map((unit) => ({
        unit,
        holder: holdersAt(unit, post, at).find((h) => h.personId === s.personId),
      }))
      .find(({ holder }) => holder !== undefined);
    if (!holding?.holder) {
      throw ruleViolation(
        'signatory_not_in_post',
        `${s.personId} did not hold ${post} in the responsible or issuer unit at ${at}`,
        field,
      );
    }
    return {
      personId: s.personId,
      post,
      unitId: holding.unit.id,
      personName: holding.holder.personName,
    };
  });
  const keys = recorded.map((s) => `${s.unitId}/${s.post}/${s.personId}`);
  if (new Set(keys).size !== keys.length) {
    throw ruleViolation('duplicate_signatory', 'a signatory is listed twice', 'signatories');
  }
  const principalSigned = recorded.some(
    (s) => s.unitId === responsibleUnit.id && PRINCIPAL_POSTS.includes(s.post),
  );
  if (!principalSigned) {
    throw ruleViolation(
      'responsible_principal_missing',
      "the responsible unit's principal or party secretary must sign",
      'signatories',
    );
  }
  return recorded;
}
