import { get } from '../api';
import { add, h, link, type Child } from '../dom';
import { formatDateTime } from '../format';
import { hashOf, type ViewContext } from '../router';
import type { RecordKind } from './common';

/** What each kind of record is called, where it is read, and its audit stream's prefix. */
const KINDS: Record<
  RecordKind,
  { title: string; answer: 'Agreement' | 'Incident' | 'Hazard'; stream: string }
> = {
  agreements: { title: '责任书', answer: 'Agreement', stream: 'agreement' },
  incidents: { title: '事故', answer: 'Incident', stream: 'incident' },
  hazards: { title: '隐患', answer: 'Hazard', stream: 'hazard' },
};

const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** A record as the service answers it, field by field (its own view, no interpretation). */
export async function recordView({ params, root, current }: ViewContext): Promise<void> {
  const kind = KINDS[params.kind as RecordKind];
  if (!kind) throw new Error(`unknown record kind ${params.kind}`);
  const record = await get(kind.answer, `/${params.kind}/${encodeURIComponent(params.id)}`);
  if (!current()) return;
  add(
    root,
    h('h1', null, kind.title, ' ', h('small', null, params.id)),
    h(
      'p',
      { class: 'links' },
      link(
        hashOf(`stream/${encodeURIComponent(`${kind.stream}-${params.id}`)}`),
        '审计记录（事件）',
      ),
      params.kind === 'incidents'
        ? [' · ', link(hashOf('chain', { incident: params.id }), '事故责任链')]
        : null,
    ),
    value(record),
  );
}

function value(v: unknown): Child {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return TIME.test(v) ? formatDateTime(v) : v;
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '—';
    return h(
      'ol',
      { class: 'record-list' },
      v.map((item) => h('li', null, value(item))),
    );
  }
  return h(
    'dl',
    { class: 'facts record' },
    Object.entries(v as Record<string, unknown>).map(([key, item]) => [
      h('dt', null, key),
      h('dd', null, value(item)),
    ]),
  );
}
