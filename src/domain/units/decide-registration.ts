import { ruleViolation, stateConflict } from '../shared/errors';
import { type Industry, type UnitKind, isIndustry, isUnitKind } from './codes';
import type { RegisterUnit } from './commands';
import type { UnitRegistered } from './events';
import { requireNotFuture, requireText } from './guards';
import { requireIndustries } from './industries';
import type { UnitProfile, UnitState } from './state';

export function decideRegistration(command: RegisterUnit, state: UnitState): UnitRegistered[] {
  if (state) throw stateConflict('already_exists', `unit ${state.id} already exists`);
  requireText(command.id, 'id');
  requireText(command.name, 'name');
  if (!isUnitKind(command.kind)) {
    throw ruleViolation('invalid_kind', `kind ${command.kind} is not a unit kind`, 'kind');
  }
  if (command.parentId !== undefined) {
    requireText(command.parentId, 'parentId');
    if (command.parentId === command.id) {
      throw ruleViolation('parent_is_self', 'a unit cannot be its own parent', 'parentId');
    }
  }
  if (command.establishedAt !== undefined) {
    requireNotFuture(command.establishedAt, command.now, 'establishedAt');
  }
  const { id, name, kind, parentId, establishedAt } = command;
  const industry = industryOf(kind, command.industry);
  const regulatedIndustries = regulatedIndustriesOf(kind, command.regulatedIndustries);
  const profile: UnitProfile = {
    id,
    name,
    kind,
    ...(parentId !== undefined && { parentId }),
    ...(industry !== undefined && { industry }),
    ...(regulatedIndustries !== undefined && { regulatedIndustries }),
    ...(establishedAt !== undefined && { establishedAt }),
  };
  return [{ type: 'UnitRegistered', data: profile }];
}

function industryOf(kind: UnitKind, industry: string | undefined): Industry | undefined {
  if (kind !== 'enterprise') {
    if (industry !== undefined) {
      throw ruleViolation(
        'industry_not_applicable',
        'only an enterprise has an industry',
        'industry',
      );
    }
    return undefined;
  }
  if (industry === undefined) {
    throw ruleViolation('industry_required', 'an enterprise needs an industry', 'industry');
  }
  if (!isIndustry(industry)) {
    throw ruleViolation(
      'invalid_industry',
      `industry ${industry} is not an industry code`,
      'industry',
    );
  }
  return industry;
}

function regulatedIndustriesOf(
  kind: UnitKind,
  industries: readonly string[] | undefined,
): Industry[] | undefined {
  const field = 'regulatedIndustries';
  if (kind !== 'department') {
    if (industries !== undefined) {
      throw ruleViolation(
        'regulated_industries_not_applicable',
        'only a department regulates industries',
        field,
      );
    }
    return undefined;
  }
  if (!industries || industries.length === 0) {
    throw ruleViolation(
      'regulated_industries_required',
      'a department regulates at least one industry',
      field,
    );
  }
  return requireIndustries(industries, field);
}
