import type { Dossier, DossierIncident } from '../../../../projections/queries/dossier';
import type { EventRef } from '../../../../projections/projection';
import { labelOf } from '../../../domain/shared/labels';
import { type Column, cstDateTime, GAP } from '../../assessment/export/sheet-layout';

/**
 * The sections of a person's dossier as tables for people: Chinese sheet names, headers and
 * labels, times in China Standard Time, each row with the events it rests on (`events`).
 */

export type Row = Record<string, unknown>;
export type Names = Readonly<Record<string, string>>;

const field = (name: string) => labelOf('dossierField', name);
const yesNo = (flag: boolean) => (flag ? '是' : '否');
export const time = (at: string | null) => (at === null ? '' : cstDateTime(at));
const events = (refs: readonly EventRef[]) =>
  refs.map((r) => `${r.streamId}/${r.eventId}`).join('\n');
const EVENTS: Column = { header: field('events'), key: 'events', width: 40, wrap: true };
const column = (key: string, width: number, extra: Partial<Column> = {}): Column => ({
  header: field(key),
  key,
  width,
  ...extra,
});

/** Every unit id a line names, for their names. */
export function unitIdsNamed(dossier: Dossier): string[] {
  return [
    ...new Set([
      ...dossier.agreements.flatMap((a) => [a.unitId, a.responsibleUnitId]),
      ...dossier.incidents.map((i) => i.unitId),
      ...dossier.misreportingFindings.flatMap((f) => [f.unitId, ...f.responsibleUnitIds]),
      ...dossier.liableFindings.map((l) => l.unitId),
      ...dossier.accountabilityActions.flatMap((a) => [a.targetUnitId, a.decidingUnitId]),
      ...dossier.promotionBars.flatMap((b) => [
        b.unitId,
        ...(b.personUnitId ? [b.personUnitId] : []),
      ]),
      ...dossier.overdueMajorHazards.flatMap((h) => [h.unitId, h.heldUnitId]),
    ]),
  ];
}

const postOf = (post: string | null) => (post === null ? '事故责任人' : labelOf('post', post));

function standingText(incident: DossierIncident): string {
  return incident.standings
    .map((s) => {
      const as = labelOf('standing', s.as);
      const detail = s.as === 'liable' ? `${s.role}：${s.finding}` : postOf(s.post);
      return `${s.unitName}${GAP}${as}（${detail}）`;
    })
    .join('\n');
}

/** The sheets of the dossier, in order: name, columns and rows. `names` gives unit names by id. */
export function dossierSheets(dossier: Dossier, names: Names) {
  const unit = (id: string) => names[id] ?? id;
  const posts = {
    columns: [
      column('unitName', 20, { wrap: true }),
      column('unitId', 12),
      column('unitKind', 12),
      column('post', 14),
      column('portfolio', 20, { wrap: true }),
      column('from', 17),
      column('to', 17),
      EVENTS,
    ],
    rows: dossier.posts.map((p) => ({
      unitName: p.unitName,
      unitId: p.unitId,
      unitKind: labelOf('unitKind', p.unitKind),
      post: labelOf('post', p.post),
      portfolio: p.portfolioIndustries.map((i) => labelOf('industry', i)).join('、'),
      from: time(p.from),
      to: p.to === null ? '至今' : time(p.to),
      events: events(p.events),
    })),
  };
  const agreements = {
    columns: [
      column('agreementId', 16),
      column('year', 7, { numFmt: '0' }),
      column('side', 10),
      column('unitName', 20, { wrap: true }),
      column('post', 14),
      column('signature', 10),
      column('signedAt', 17),
      column('status', 8),
      EVENTS,
    ],
    rows: dossier.agreements.map((a) => ({
      agreementId: a.agreementId,
      year: a.year,
      side: labelOf('signatorySide', a.side),
      unitName: a.unitName,
      post: labelOf('post', a.post),
      signature: labelOf('signatureKind', a.by),
      signedAt: time(a.at),
      status: a.status === null ? '' : labelOf('agreementStatus', a.status),
      events: events(a.events),
    })),
  };
  const incidents = {
    columns: [
      column('incidentId', 12),
      column('place', 20, { wrap: true }),
      column('industry', 14),
      column('occurredAt', 17),
      column('grade', 10),
      column('nature', 12),
      column('deaths', 8, { numFmt: '0' }),
      column('seriousInjuries', 8, { numFmt: '0' }),
      column('directLossYuan', 14, { numFmt: '#,##0' }),
      column('standing', 36, { wrap: true }),
      column('findings', 24, { wrap: true }),
      EVENTS,
    ],
    rows: dossier.incidents.map((i) => ({
      incidentId: i.incidentId,
      place: i.unitName,
      industry: labelOf('industry', i.industry),
      occurredAt: time(i.occurredAt),
      grade: labelOf('incidentGrade', i.grade),
      nature: labelOf('incidentNature', i.nature),
      deaths: i.deaths,
      seriousInjuries: i.seriousInjuries,
      directLossYuan: i.directLossYuan,
      standing: standingText(i),
      findings: i.findings
        .map((f) => `${labelOf('misreportingKind', f.kind)}（${time(f.establishedAt)}）`)
        .join('\n'),
      events: events([...i.events, ...i.standings.flatMap((s) => s.events)]),
    })),
  };
  const costs = {
    columns: [
      column('incidentId', 12),
      column('unitName', 20, { wrap: true }),
      column('assessmentYear', 9, { numFmt: '0' }),
      column('itemRule', 18, { wrap: true }),
      column('item', 40, { wrap: true }),
      column('points', 8, { numFmt: '0.00' }),
      column('provisional', 6),
      EVENTS,
    ],
    rows: dossier.incidents.flatMap((i) =>
      i.costs.flatMap((c): Row[] => {
        const base = { incidentId: i.incidentId, unitName: c.unitName, assessmentYear: c.year };
        const lines: Row[] = [
          ...c.items.map((item) => ({
            ...base,
            itemRule: labelOf('itemRule', item.rule),
            item: item.label,
            points: item.points,
            provisional: yesNo(item.provisional),
            events: events(item.events),
          })),
          ...c.vetoes.map((veto) => ({
            ...base,
            itemRule: `一票否决：${labelOf('vetoRule', veto.rule)}`,
            item: veto.label,
            points: null,
            provisional: yesNo(veto.provisional),
            events: events(veto.events),
          })),
        ];
        if (lines.length > 0) return lines;
        const item = c.assessed ? '未扣分、未否决' : '该单位当年未签订目标责任书，未考核';
        return [{ ...base, itemRule: '', item, points: null, provisional: '', events: '' }];
      }),
    ),
  };
  const misreporting = {
    columns: [
      column('incidentId', 12),
      column('place', 20, { wrap: true }),
      column('findingKind', 10),
      column('establishedAt', 17),
      column('responsibleUnits', 24, { wrap: true }),
      EVENTS,
    ],
    rows: dossier.misreportingFindings.map((f) => ({
      incidentId: f.incidentId,
      place: unit(f.unitId),
      findingKind: labelOf('misreportingKind', f.kind),
      establishedAt: time(f.establishedAt),
      responsibleUnits: f.responsibleUnitIds.map(unit).join('、'),
      events: events(f.events),
    })),
  };
  const liable = {
    columns: [
      column('incidentId', 12),
      column('unitName', 20, { wrap: true }),
      column('liableRole', 16, { wrap: true }),
      column('liableFinding', 32, { wrap: true }),
      column('concludedAt', 17),
      column('nature', 12),
      EVENTS,
    ],
    rows: dossier.liableFindings.map((l) => ({
      incidentId: l.incidentId,
      unitName: unit(l.unitId),
      liableRole: l.role,
      liableFinding: l.finding,
      concludedAt: time(l.concludedAt),
      nature: labelOf('incidentNature', l.nature),
      events: events(l.events),
    })),
  };
  const actions = {
    columns: [
      column('form', 12),
      column('targetUnit', 20, { wrap: true }),
      column('decidingUnit', 20, { wrap: true }),
      column('decidedAt', 17),
      column('reason', 32, { wrap: true }),
      column('incidentId', 12),
      EVENTS,
    ],
    rows: dossier.accountabilityActions.map((a) => ({
      form: labelOf('accountabilityForm', a.form),
      targetUnit: unit(a.targetUnitId),
      decidingUnit: unit(a.decidingUnitId),
      decidedAt: time(a.decidedAt),
      reason: a.reason,
      incidentId: a.incidentId ?? '',
      events: events(a.events),
    })),
  };
  const bars = {
    columns: [
      column('assessmentYear', 9, { numFmt: '0' }),
      column('barredYear', 9, { numFmt: '0' }),
      column('vetoedUnit', 20, { wrap: true }),
      column('post', 14),
      column('personUnit', 20, { wrap: true }),
      column('reason', 44, { wrap: true }),
      column('provisional', 6),
      EVENTS,
    ],
    rows: dossier.promotionBars.map((b) => ({
      assessmentYear: b.year,
      barredYear: b.barredYear,
      vetoedUnit: unit(b.unitId),
      post: postOf(b.post),
      personUnit: b.personUnitId === null ? '未登记' : unit(b.personUnitId),
      reason: b.reason,
      provisional: yesNo(b.provisional),
      events: events(b.events),
    })),
  };
  const hazards = {
    columns: [
      column('hazardId', 12),
      column('hazardUnit', 20, { wrap: true }),
      column('heldUnit', 20, { wrap: true }),
      column('post', 14),
      column('description', 28, { wrap: true }),
      column('identifiedAt', 17),
      column('deadline', 17),
      column('overdueSince', 17),
      column('overdueUntil', 17),
      EVENTS,
    ],
    rows: dossier.overdueMajorHazards.map((h) => ({
      hazardId: h.hazardId,
      hazardUnit: unit(h.unitId),
      heldUnit: unit(h.heldUnitId),
      post: labelOf('post', h.post),
      description: h.description,
      identifiedAt: time(h.identifiedAt),
      deadline: time(h.deadline),
      overdueSince: time(h.overdueSince),
      overdueUntil: h.overdueUntil === null ? '仍逾期' : time(h.overdueUntil),
      events: events(h.events),
    })),
  };
  return [
    ['任职情况', posts],
    ['签订责任书', agreements],
    ['责任链事故', incidents],
    ['事故考核影响', costs],
    ['迟报瞒报认定', misreporting],
    ['调查认定责任', liable],
    ['问责情况', actions],
    ['取消提拔资格', bars],
    ['逾期重大隐患', hazards],
  ] as const;
}

/** The sheets of the dossier workbook, in order. */
export const DOSSIER_SHEETS = dossierSheets(
  {
    personId: '',
    names: [],
    from: null,
    to: null,
    readingTime: '',
    posts: [],
    agreements: [],
    incidents: [],
    misreportingFindings: [],
    liableFindings: [],
    accountabilityActions: [],
    promotionBars: [],
    overdueMajorHazards: [],
  },
  {},
).map(([name]) => name);
