import { ruleViolation } from '../shared/errors';
import { type Industry, isIndustry } from './codes';

/** A list of industry codes, each known and none listed twice. */
export function requireIndustries(industries: readonly string[], field: string): Industry[] {
  industries.forEach((industry, i) => {
    if (!isIndustry(industry)) {
      throw ruleViolation(
        'invalid_industry',
        `industry ${industry} is not an industry code`,
        `${field}[${i}]`,
      );
    }
  });
  if (new Set(industries).size !== industries.length) {
    throw ruleViolation('duplicate_industry', 'an industry is listed twice', field);
  }
  return [...(industries as Industry[])];
}
