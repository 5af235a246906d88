import { get, readAhead, type Answer } from '../api';
import { mountChart } from '../charts';
import { add, h, note, section, table } from '../dom';
import { cstDay, endOfCstDay, formatDate, formatDateTime } from '../format';
import { session } from '../session';
import { hashOf, type ViewContext } from '../router';
import { defaultUnit, personLink, recordLink, unitLink, unitPicker, unitsToPick } from './common';

type Chain = Answer<'ResponsibilityChain'>;
type IncidentChain = Answer<'IncidentChain'>;
type Link = Chain['links'][number];

/** One node of the picture, and where it leads. */
interface ChainNode {
  id: string;
  name: string;
  category: number;
  kind: 'unit' | 'post' | 'portfolio' | 'agreement';
  detail: string;
  unitId: string;
  personId?: string;
  target: string;
  x: number;
  y: number;
}

const CATEGORIES = ['单位', '岗位责任人', '分管领导', '责任书'];
const COLUMN = 240;
const ROW = 56;

/**
 * 责任链: who answered for a place at a time (or for an incident), drawn as a graph: the units of
 * the chain, the post holders of each, the deputies whose portfolio covers the place's industry,
 * and the agreement in force. Each node leads to its record.
 */
export async function chainView({ query, root, current }: ViewContext): Promise<void> {
  const incidentId = query.get('incident');
  const unitId = incidentId ? null : (query.get('unit') ?? (await defaultUnit()));
  const day = query.get('at') ?? defaultDay();
  const read: Promise<Chain | IncidentChain> | null = incidentId
    ? readAhead(
        get('IncidentChain', `/incidents/${encodeURIComponent(incidentId)}/responsibility-chain`),
      )
    : unitId
      ? readAhead(
          get('ResponsibilityChain', '/responsibility-chain', {
            unitId,
            at: day ? endOfCstDay(day) : undefined,
          }),
        )
      : null;
  const [units, incidents] = await Promise.all([
    unitsToPick(),
    get('IncidentPage', '/incidents', { limit: 100 }),
  ]);
  if (!current()) return;

  const dayInput = h('input', { type: 'date', name: 'at', value: day, 'aria-label': '日期' });
  const incidentSelect = h(
    'select',
    {
      name: 'incident',
      'aria-label': '事故',
      onchange: () => (location.hash = hashOf('chain', { incident: incidentSelect.value })),
    },
    h('option', { value: '' }, '选择事故…'),
    incidents.items.map((i) =>
      h(
        'option',
        { value: i.id, selected: i.id === incidentId },
        `${i.id} ${formatDate(i.occurredAt)} ${i.description.slice(0, 24)}`,
      ),
    ),
  );
  add(
    root,
    h('h1', null, '责任链'),
    h(
      'div',
      { class: 'controls' },
      unitPicker(
        units,
        unitId ?? '',
        (id) => (location.hash = hashOf('chain', { unit: id, at: dayInput.value })),
      ),
      h(
        'form',
        {
          class: 'inline',
          onsubmit: (event: Event) => {
            event.preventDefault();
            location.hash = hashOf('chain', { unit: unitId, at: dayInput.value });
          },
        },
        h('label', null, '日期 ', dayInput),
        h('button', { type: 'submit' }, '查看'),
      ),
      h('label', null, '或按事故 ', incidentSelect),
    ),
  );
  if (!read) {
    add(root, note('请选择单位或事故。'));
    return;
  }

  const chain = await read;
  if (!current()) return;

  const nodes = nodesOf(chain);
  const picture = h('div', {
    class: 'chart chain-chart',
    role: 'img',
    'aria-label': '责任链关系图',
  });
  add(
    root,
    h(
      'p',
      { class: 'status' },
      incidentId
        ? `事故 ${incidentId} 发生时的责任链`
        : `${unitId} 在 ${formatDateTime(chain.at)} 的责任链`,
      ` · ${chain.links.length} 个单位，${nodes.filter((n) => n.kind === 'post' || n.kind === 'portfolio').length} 名责任人`,
    ),
    section('责任链图', picture, nodeTable(nodes)),
    incidentId ? incidentParts(chain as IncidentChain) : null,
  );
  const drawn = mountChart(picture, chainOption(nodes, chain.links));
  drawn.on('click', (event: { dataType?: string; data?: unknown }) => {
    const target = (event.data as { target?: string } | undefined)?.target;
    if (event.dataType === 'node' && target) location.hash = target;
  });
}

/** The end of the session's year when it is past (its agreements in force), else today. */
function defaultDay(): string {
  const last = `${session.year()}-12-31`;
  const today = cstDay(new Date());
  return last < today ? last : today;
}

/** Units in a row (the place first), their post holders below, the agreement above. */
function nodesOf(chain: Chain): ChainNode[] {
  const nodes: ChainNode[] = [];
  chain.links.forEach((unit: Link, column) => {
    const x = column * COLUMN;
    nodes.push({
      id: `unit:${unit.unitId}`,
      name: unit.name,
      category: 0,
      kind: 'unit',
      detail: `${unit.kindLabel} · ${unit.roleLabel}`,
      unitId: unit.unitId,
      target: hashOf(`unit/${encodeURIComponent(unit.unitId)}`),
      x,
      y: 0,
    });
    const holders = [
      ...unit.posts.map((p) => ({
        p,
        kind: 'post' as const,
        category: 1,
        detail: p.postLabel,
      })),
      ...unit.portfolioHolders.map((p) => ({
        p,
        kind: 'portfolio' as const,
        category: 2,
        detail: `${p.postLabel} · 分管${p.industryLabel}`,
      })),
    ];
    holders.forEach(({ p, kind, category, detail }, row) =>
      nodes.push({
        id: `${kind}:${unit.unitId}:${p.personId}:${p.post}`,
        name: p.personName,
        category,
        kind,
        detail,
        unitId: unit.unitId,
        personId: p.personId,
        target: hashOf(`person/${encodeURIComponent(p.personId)}`),
        x: x - COLUMN / 6,
        y: ROW * (2 + row),
      }),
    );
    if (unit.agreement) {
      nodes.push({
        id: `agreement:${unit.agreement.id}`,
        name: unit.agreement.id,
        category: 3,
        kind: 'agreement',
        detail: `${unit.agreement.year} 年度责任书 · 签订 ${formatDate(unit.agreement.signedAt)}`,
        unitId: unit.unitId,
        target: hashOf(`record/agreements/${encodeURIComponent(unit.agreement.id)}`),
        x: x + COLUMN / 3,
        y: -ROW,
      });
    }
  });
  return nodes;
}

function chainOption(nodes: readonly ChainNode[], links: readonly Link[]) {
  // The territorial line upwards from the place; departments stand beside it, unlinked.
  const line = links.filter((unit) => unit.role !== 'regulating_department');
  const edges = [
    ...line.slice(1).map((unit, i) => ({
      source: `unit:${line[i].unitId}`,
      target: `unit:${unit.unitId}`,
      lineStyle: { width: 3, color: '#b3261e', opacity: 0.7 },
    })),
    ...nodes
      .filter((n) => n.kind !== 'unit')
      .map((n) => ({ source: `unit:${n.unitId}`, target: n.id, lineStyle: { curveness: 0.2 } })),
  ];
  return {
    animation: false,
    tooltip: {
      formatter: (p: { dataType?: string; data: { detail?: string; name?: string } }) =>
        p.dataType === 'node' ? `${p.data.name}<br>${p.data.detail ?? ''}` : '',
    },
    legend: { top: 0, data: CATEGORIES },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        preserveAspect: true,
        top: 40,
        bottom: 16,
        left: 72,
        right: 170,
        categories: CATEGORIES.map((name) => ({ name })),
        label: { show: true, position: 'right', fontSize: 12 },
        lineStyle: { color: '#8a96a8', width: 1, opacity: 0.6 },
        data: nodes.map((n) => ({
          ...n,
          symbolSize: n.kind === 'unit' ? 34 : 18,
          symbol: n.kind === 'agreement' ? 'rect' : 'circle',
          label:
            n.kind === 'unit'
              ? { position: 'bottom', fontWeight: 'bold', formatter: `${n.name}\n${n.detail}` }
              : undefined,
          cursor: 'pointer',
        })),
        links: edges,
      },
    ],
  };
}

function nodeTable(nodes: readonly ChainNode[]): HTMLTableElement {
  const kindNames = {
    unit: '单位',
    post: '岗位责任人',
    portfolio: '分管领导',
    agreement: '责任书',
  };
  return table(
    ['类型', '名称', '说明', '所在单位'],
    nodes,
    (n) => [
      kindNames[n.kind],
      n.kind === 'unit'
        ? unitLink(n.unitId, n.name)
        : n.personId
          ? personLink(n.personId, n.name)
          : recordLink('agreements', n.name),
      n.detail,
      n.unitId,
    ],
    { class: 'chain-nodes' },
    (n) => ({ 'data-node': n.id, 'data-kind': n.kind }),
  );
}

function incidentParts(chain: IncidentChain): HTMLElement {
  return section(
    '事故调查认定与问责',
    chain.liable.length === 0
      ? note('尚无调查认定的责任单位或责任人。')
      : table(['责任人 / 单位', '认定', '责任'], chain.liable, (l) => [
          l.personId
            ? personLink(l.personId, l.personId)
            : l.unitId
              ? unitLink(l.unitId, l.unitId)
              : '—',
          l.finding,
          l.role,
        ]),
    chain.accountabilityActions.length === 0
      ? null
      : table(
          ['问责对象', '形式', '决定单位', '日期', '理由'],
          chain.accountabilityActions,
          (a) => [
            a.targetPersonId
              ? personLink(a.targetPersonId, a.targetPersonId)
              : unitLink(a.targetUnitId, a.targetUnitId),
            a.form,
            a.decidingUnitId,
            formatDate(a.decidedAt),
            a.reason,
          ],
        ),
  );
}
