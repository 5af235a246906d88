import type { Industry, Post, UnitKind } from './codes';
import type { Unit, UnitStatistics } from './state';

export interface AppointmentView {
  personId: string;
  personName: string;
  post: Post;
  from: string;
  to: string | null;
  portfolioIndustries: Industry[];
}

export interface UnitView {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  industry: Industry | null;
  regulatedIndustries: Industry[];
  establishedAt: string | null;
  posts: AppointmentView[];
  statistics: Record<string, UnitStatistics>;
}

export function toUnitView(unit: Unit): UnitView {
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId ?? null,
    industry: unit.industry ?? null,
    regulatedIndustries: [...(unit.regulatedIndustries ?? [])],
    establishedAt: unit.establishedAt ?? null,
    posts: unit.appointments.map((a) => ({
      personId: a.personId,
      personName: a.personName,
      post: a.post,
      from: a.from,
      to: a.to ?? null,
      portfolioIndustries: [...(a.portfolioIndustries ?? [])],
    })),
    statistics: Object.fromEntries(
      Object.entries(unit.statistics).map(([year, s]) => [year, { ...s }]),
    ),
  };
}
