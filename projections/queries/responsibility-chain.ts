import { labelOf, labelsOf } from '../../src/domain/shared/labels';
import { cstYear, toMs } from '../../src/domain/shared/time';
import type { ChainRole as Role } from '../../src/domain/units/chain-roles';
import { type Industry, POSTS, type Post } from '../../src/domain/units/codes';
import { coversIndustry } from '../../src/domain/units/queries';
import { inForceAt, type AgreementDoc } from '../agreements';
import type { EventRef } from '../projection';
import { postHoldersAt, type PostDoc, type UnitDoc } from '../units';

export type ChainRole = Exclude<Role, 'portfolio'>;

export interface ChainPost {
  personId: string;
  personName: string;
  post: string;
  /** 职务, in Chinese. */
  postLabel: string;
  from: string;
  to: string | null;
  portfolioIndustries: string[];
  portfolioIndustriesLabels: string[];
  ref: EventRef;
}

/** A deputy of a territorial unit whose portfolio covers the place's industry (一岗双责). */
export interface ChainPortfolioHolder extends ChainPost {
  role: 'portfolio';
  roleLabel: string;
  /** The place's industry, which the portfolio covers. */
  industry: string;
  industryLabel: string;
}

export interface ChainAgreement {
  id: string;
  year: number;
  issuerUnitId: string;
  signedAt: string;
  signatories: (AgreementDoc['signatories'][number] & { postLabel: string })[];
  ref: EventRef;
}

export interface ChainLink {
  unitId: string;
  name: string;
  kind: string;
  /** 单位类型, in Chinese. */
  kindLabel: string;
  role: ChainRole;
  /** Why the unit answers (主体责任 / 属地管理责任 / 行业监管责任). */
  roleLabel: string;
  /** The persons in the chain by their post: every post but `deputy`, who answers by portfolio only. */
  posts: ChainPost[];
  /** Territorial units only: the deputies whose portfolio covers the place's industry. */
  portfolioHolders: ChainPortfolioHolder[];
  agreement: ChainAgreement | null;
}

export interface ChainPlace {
  /** The unit the chain starts from (an enterprise, a territorial unit or a department). */
  unitId: string;
  /** The place, then each ancestor up to the root. */
  path: readonly string[];
  /** Whose regulating departments answer: the enterprise's (or the incident's) industry. */
  industry: string | null;
}

export interface ResponsibilityChain {
  at: string;
  unitId: string;
  links: ChainLink[];
}

const POST_ORDER: readonly string[] = POSTS;

/** Ids of the units whose documents `responsibilityChain` needs besides departments. */
export const chainUnitIds = (place: ChainPlace): string[] => [...place.path];

const existedAt = (unit: UnitDoc, at: string): boolean =>
  unit.establishedAt === null || toMs(unit.establishedAt) <= toMs(at);

function roleOf(unit: UnitDoc): ChainRole {
  if (unit.kind === 'enterprise') return 'enterprise';
  if (unit.kind === 'department') return 'regulating_department';
  return 'territorial';
}

const chainPost = ({
  personId,
  personName,
  post,
  from,
  to,
  portfolioIndustries,
  ref,
}: PostDoc): ChainPost => ({
  personId,
  personName,
  post,
  postLabel: labelOf('post', post),
  from,
  to,
  portfolioIndustries: [...portfolioIndustries],
  portfolioIndustriesLabels: labelsOf('industry', portfolioIndustries),
  ref,
});

const inPostOrder = (a: ChainPost, b: ChainPost): number =>
  POST_ORDER.indexOf(a.post) - POST_ORDER.indexOf(b.post) ||
  toMs(a.from) - toMs(b.from) ||
  a.personId.localeCompare(b.personId);

function postsAt(unit: UnitDoc, at: string): ChainPost[] {
  return postHoldersAt(unit, at)
    .filter((p) => p.post !== 'deputy')
    .map(chainPost)
    .sort(inPostOrder);
}

function portfolioHoldersAt(unit: UnitDoc, industry: string, at: string): ChainPortfolioHolder[] {
  return postHoldersAt(unit, at)
    .filter((p) =>
      coversIndustry(
        { post: p.post as Post, portfolioIndustries: p.portfolioIndustries as Industry[] },
        industry as Industry,
      ),
    )
    .map((p) => ({
      ...chainPost(p),
      role: 'portfolio' as const,
      roleLabel: labelOf('chainRole', 'portfolio'),
      industry,
      industryLabel: labelOf('industry', industry),
    }))
    .sort(inPostOrder);
}

/** The agreement of the unit for the CST year of `at` in force then (the latest signed, if several). */
function agreementAt(
  unitId: string,
  agreements: readonly AgreementDoc[],
  at: string,
): ChainAgreement | null {
  const year = cstYear(at);
  const found = agreements
    .filter((a) => a.responsibleUnitId === unitId && a.year === year && inForceAt(a, at))
    .sort((a, b) => toMs(b.signedAt) - toMs(a.signedAt) || a._id.localeCompare(b._id))[0];
  return found
    ? {
        id: found._id,
        year: found.year,
        issuerUnitId: found.issuerUnitId,
        signedAt: found.signedAt,
        signatories: found.signatories.map((s) => ({ ...s, postLabel: labelOf('post', s.post) })),
        ref: found.ref,
      }
    : null;
}

/**
 * The responsibility chain of a place at a time (DOMAIN.md): the place (an enterprise, or the
 * territorial unit or department itself), every territorial ancestor, and each department
 * regulating `industry` whose territory (its parent) contains the place; each with the persons
 * in post at `at` (from ≤ at < to) and the agreement of the CST year of `at` in force then;
 * each territorial unit also with its deputies whose portfolio covers `industry` at `at`.
 * Ancestors and departments established after `at` are left out; `units` must hold the units of
 * `place.path` and the candidate departments (others are ignored).
 */
export function responsibilityChain(
  place: ChainPlace,
  units: readonly UnitDoc[],
  agreements: readonly AgreementDoc[],
  at: string,
): ResponsibilityChain {
  const byId = new Map(units.map((unit) => [unit._id, unit]));
  const link = (unit: UnitDoc, role: ChainRole = roleOf(unit)): ChainLink => ({
    unitId: unit._id,
    name: unit.name,
    kind: unit.kind,
    kindLabel: labelOf('unitKind', unit.kind),
    role,
    roleLabel: labelOf('chainRole', role),
    posts: postsAt(unit, at),
    portfolioHolders:
      role === 'territorial' && place.industry !== null
        ? portfolioHoldersAt(unit, place.industry, at)
        : [],
    agreement: agreementAt(unit._id, agreements, at),
  });

  const links: ChainLink[] = [];
  place.path.forEach((unitId, i) => {
    const unit = byId.get(unitId);
    if (!unit || (i > 0 && !existedAt(unit, at))) return;
    if (i === 0) links.push(link(unit));
    else if (unit.kind !== 'enterprise' && unit.kind !== 'department') {
      links.push(link(unit, 'territorial'));
    }
  });

  if (place.industry !== null) {
    const depth = new Map(place.path.map((id, i) => [id, i]));
    const departments = units
      .filter(
        (unit) =>
          unit.kind === 'department' &&
          unit._id !== place.unitId &&
          unit.parentId !== null &&
          depth.has(unit.parentId) &&
          unit.regulatedIndustries.includes(place.industry!) &&
          existedAt(unit, at),
      )
      .sort(
        (a, b) => depth.get(a.parentId!)! - depth.get(b.parentId!)! || a._id.localeCompare(b._id),
      );
    links.push(...departments.map((unit) => link(unit, 'regulating_department')));
  }
  return { at, unitId: place.unitId, links };
}

/** The industry whose regulators answer for a unit: an enterprise's own; none for other units. */
export const industryOfUnit = (unit: UnitDoc): string | null =>
  unit.kind === 'enterprise' ? unit.industry : null;

export interface LiableEntry {
  personId?: string;
  unitId?: string;
  role: string;
  finding: string;
  ref: EventRef | null;
}

export interface ChainAction {
  id: string;
  targetPersonId: string | null;
  targetUnitId: string;
  form: string;
  decidingUnitId: string;
  decidedAt: string;
  reason: string;
  ref: EventRef;
}

/** An accountability action of the chain, with its form in Chinese. */
export interface ChainActionView extends ChainAction {
  formLabel: string;
}

export interface IncidentChain extends ResponsibilityChain {
  incidentId: string;
  liable: LiableEntry[];
  accountabilityActions: ChainActionView[];
}

/** The chain of an incident at its `occurredAt`, with its investigation's liable findings and actions. */
export function incidentChain(
  incident: {
    id: string;
    unitId: string;
    placePath: readonly string[];
    industry: string;
    occurredAt: string;
    liable: readonly Omit<LiableEntry, 'ref'>[];
    conclusionRef: EventRef | null;
  },
  units: readonly UnitDoc[],
  agreements: readonly AgreementDoc[],
  actions: readonly ChainAction[],
): IncidentChain {
  const chain = responsibilityChain(
    { unitId: incident.unitId, path: incident.placePath, industry: incident.industry },
    units,
    agreements,
    incident.occurredAt,
  );
  return {
    at: chain.at,
    unitId: chain.unitId,
    incidentId: incident.id,
    links: chain.links,
    liable: incident.liable.map((party) => ({ ...party, ref: incident.conclusionRef })),
    accountabilityActions: [...actions]
      .sort((a, b) => toMs(a.decidedAt) - toMs(b.decidedAt) || a.id.localeCompare(b.id))
      .map((action) => ({ ...action, formLabel: labelOf('accountabilityForm', action.form) })),
  };
}
