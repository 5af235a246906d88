import { labelOf, labelOrNull, labelsOf } from '../shared/labels';
import type { Industry, Post, UnitKind } from './codes';
import type { Unit, UnitStatistics } from './state';

/** One appointment (任职), ended or not. */
export interface AppointmentView {
  personId: string;
  personName: string;
  post: Post;
  /** 职务, in Chinese. */
  postLabel: string;
  from: string;
  /** When the appointment ended; `null` while it holds. */
  to: string | null;
  /** The industries a deputy oversees (分管领域); empty for other posts. */
  portfolioIndustries: Industry[];
  portfolioIndustriesLabels: string[];
}

/** `GET /units/:id` and each item of `GET /units`. */
export interface UnitView {
  id: string;
  name: string;
  kind: UnitKind;
  /** 单位类型, in Chinese. */
  kindLabel: string;
  parentId: string | null;
  /** An enterprise's industry. */
  industry: Industry | null;
  industryLabel: string | null;
  /** The industries a department regulates (行业监管). */
  regulatedIndustries: Industry[];
  regulatedIndustriesLabels: string[];
  establishedAt: string | null;
  posts: AppointmentView[];
  /** Statistics by year (`"2025"`): the latest recorded figures. */
  statistics: Record<string, UnitStatistics>;
}

export function toAppointmentView(a: Unit['appointments'][number]): AppointmentView {
  const portfolioIndustries = [...(a.portfolioIndustries ?? [])];
  return {
    personId: a.personId,
    personName: a.personName,
    post: a.post,
    postLabel: labelOf('post', a.post),
    from: a.from,
    to: a.to ?? null,
    portfolioIndustries,
    portfolioIndustriesLabels: labelsOf('industry', portfolioIndustries),
  };
}

export function toUnitView(unit: Unit): UnitView {
  const regulatedIndustries = [...(unit.regulatedIndustries ?? [])];
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    kindLabel: labelOf('unitKind', unit.kind),
    parentId: unit.parentId ?? null,
    industry: unit.industry ?? null,
    industryLabel: labelOrNull('industry', unit.industry),
    regulatedIndustries,
    regulatedIndustriesLabels: labelsOf('industry', regulatedIndustries),
    establishedAt: unit.establishedAt ?? null,
    posts: unit.appointments.map(toAppointmentView),
    statistics: Object.fromEntries(
      Object.entries(unit.statistics).map(([year, s]) => [year, { ...s }]),
    ),
  };
}
