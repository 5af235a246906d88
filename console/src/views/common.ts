import type { EventRef } from '../../../src/domain/assessment/facts';
import { get } from '../api';
import { h, link, type Child } from '../dom';
import { kindLabel } from '../labels';
import { hashOf } from '../router';
import { session } from '../session';

/** The year in the address, else the session's. */
export const yearOf = (query: URLSearchParams): number => {
  const year = Number(query.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : session.year();
};

/** The link to the audit trail of a stream (审计记录), the event marked. */
export const streamLink = (ref: EventRef, text: Child = ref.streamId): HTMLAnchorElement =>
  link(hashOf(`stream/${encodeURIComponent(ref.streamId)}`, { event: ref.eventId }), text);

/**
 * The events a line rests on (依据事件), folded: one link per event to its stream's audit trail
 * with that event marked.
 */
export function eventsList(events: readonly EventRef[]): HTMLElement | string {
  if (events.length === 0) return '—';
  return h(
    'details',
    { class: 'events' },
    h('summary', null, `依据事件 ${events.length} 条`),
    h(
      'ul',
      null,
      events.map((ref) =>
        h('li', null, streamLink(ref, `${ref.streamId} · ${ref.eventId.slice(0, 8)}`)),
      ),
    ),
  );
}

export const unitLink = (unitId: string, name: string, year?: number): HTMLAnchorElement =>
  link(hashOf(`unit/${encodeURIComponent(unitId)}`, { year }), name);

/** The kinds of record the console shows on a page of their own (`#/record/<kind>/<id>`). */
export type RecordKind = 'agreements' | 'incidents' | 'hazards';

export const recordLink = (kind: RecordKind, id: string, text: Child = id): HTMLAnchorElement =>
  link(hashOf(`record/${kind}/${encodeURIComponent(id)}`), text);

export const personLink = (personId: string, name: string): HTMLAnchorElement =>
  link(hashOf(`person/${encodeURIComponent(personId)}`), name);

export interface PickerUnit {
  id: string;
  name: string;
  kind: string;
}

let pickerUnits: Promise<PickerUnit[]> | null = null;

/** The units in scope a person picks from (all but enterprises, whose code can be typed in). */
export function unitsToPick(): Promise<PickerUnit[]> {
  pickerUnits ??= (async () => {
    const kinds = ['district', 'town', 'park', 'department', 'city', 'village'];
    const pages = await Promise.all(
      kinds.map((kind) => get('UnitPage', '/units', { kind, limit: 1000 })),
    );
    return pages.flatMap((page) =>
      page.items.map((u) => ({ id: u.id, name: u.name, kind: u.kind })),
    );
  })();
  return pickerUnits;
}

export const forgetUnitsToPick = (): void => {
  pickerUnits = null;
};

/**
 * A unit picker: a list of the units in scope and a field for any unit code (an enterprise's),
 * calling `choose` with the code.
 */
export function unitPicker(
  units: readonly PickerUnit[],
  selected: string,
  choose: (unitId: string) => void,
): HTMLElement {
  const listed = units.some((u) => u.id === selected);
  const select = h(
    'select',
    { name: 'unit', 'aria-label': '单位', onchange: () => choose(select.value) },
    listed ? null : h('option', { value: selected, selected: true }, selected),
    units.map((u) =>
      h(
        'option',
        { value: u.id, selected: u.id === selected },
        `${u.name}（${kindLabel(u.kind)}）`,
      ),
    ),
  );
  const code = h('input', {
    name: 'unitCode',
    placeholder: '或输入单位编码',
    'aria-label': '单位编码',
    size: 16,
  });
  const form = h(
    'form',
    {
      class: 'inline',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (code.value.trim()) choose(code.value.trim());
      },
    },
    h('label', null, '单位 ', select),
    code,
    h('button', { type: 'submit' }, '查看'),
  );
  return form;
}

/** The scope's top unit, or the first unit to pick. */
export async function defaultUnit(): Promise<string | null> {
  const scope = session.scope();
  if (scope) return scope.id;
  const units = await unitsToPick();
  return units[0]?.id ?? null;
}
