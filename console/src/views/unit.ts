import { download, get, type Answer } from '../api';
import { add, badge, facts, h, link, note, section, table } from '../dom';
import { endOfCstDay, formatDate, formatDateTime, percent, points } from '../format';
import { sectionLabel } from '../labels';
import { hashOf, type ViewContext } from '../router';
import { eventsList, personLink, recordLink, streamLink, yearOf } from './common';
import { yearSelect } from './controls';
import { escalationTable } from './escalations';

type Result = Answer<'UnitAssessment'>;
type Item = Result['items'][number];

const provisionalMark = (provisional: boolean) =>
  provisional ? badge('暂定', 'provisional', '事故性质未认定，结果可能变化') : null;

/**
 * 单位考核明细: score by section, every item with its explanation and the events behind it,
 * veto reasons, promotion bars, corrections, provisional marks; the notice and the workbook.
 */
export async function unitView({ params, query, root, current }: ViewContext): Promise<void> {
  const unitId = params.id;
  const year = yearOf(query);
  const day = query.get('asOf') ?? '';
  const asOf = day ? endOfCstDay(day) : undefined;
  const result = await get(
    'UnitAssessment',
    `/assessments/${year}/units/${encodeURIComponent(unitId)}`,
    { asOf },
  );
  if (!current()) return;

  const status = h('span', { class: 'download-status', role: 'status' });
  const save = (path: string, fileName: string) => async () => {
    status.textContent = '正在下载…';
    try {
      const bytes = await download(path, { asOf }, fileName);
      status.textContent = `已下载 ${fileName}（${Math.round(bytes / 1024)} KB）`;
    } catch (error) {
      status.textContent = `下载失败：${error instanceof Error ? error.message : String(error)}`;
    }
  };

  add(
    root,
    h(
      'h1',
      null,
      result.unitName,
      ' ',
      h('small', null, `${result.unitKindLabel} · ${result.unitId}`),
    ),
    h(
      'div',
      { class: 'controls' },
      yearSelect(
        year,
        (y) =>
          (location.hash = hashOf(`unit/${encodeURIComponent(unitId)}`, { year: y, asOf: day })),
      ),
      h(
        'button',
        {
          type: 'button',
          'data-download': 'notice',
          onclick: save(
            `/assessments/${year}/units/${encodeURIComponent(unitId)}/notice.pdf`,
            `考核通知书-${year}-${unitId}.pdf`,
          ),
        },
        '下载考核通知书（PDF）',
      ),
      h(
        'button',
        {
          type: 'button',
          'data-download': 'workbook',
          onclick: save(`/assessments/${year}/export.xlsx`, `考核结果-${year}.xlsx`),
        },
        '下载考核结果工作簿（Excel）',
      ),
      status,
    ),
    h(
      'p',
      { class: 'links' },
      link(hashOf('hazards', { unit: unitId, year }), '隐患台账'),
      ' · ',
      link(hashOf('chain', { unit: unitId }), '责任链'),
      ' · ',
      link(hashOf('persons', { unit: unitId }), '任职人员'),
    ),
    summary(result, year),
    result.assessed ? null : note('本年度该单位无有效责任书，不参加考核。', 'warn'),
    result.postFinalizationChanges.length > 0
      ? section(
          '定稿后的记录变化',
          table(['变化', '依据事件'], result.postFinalizationChanges, (c) => [
            c.description,
            eventsList(c.events),
          ]),
        )
      : null,
    vetoes(result),
    items(result),
    result.unscoredTasks.length > 0
      ? section(
          '未评分的工作任务',
          table(['编号', '任务', '分值'], result.unscoredTasks, (t) => [
            t.code,
            t.title,
            points(t.weight),
          ]),
        )
      : null,
    rectification(result),
    indicators(result),
    bars(result),
    result.escalations.length > 0
      ? section('升级问责建议（仅供参考，不计分）', escalationTable(result.escalations, year))
      : null,
    corrections(result),
  );
}

function summary(result: Result, year: number): HTMLElement {
  return section(
    '得分',
    h(
      'div',
      { class: 'score-line' },
      h('span', { class: 'score', 'data-score': result.score }, points(result.score)),
      badge(result.gradeLabel, `grade-${result.grade}`),
      result.vetoed ? badge('一票否决', 'veto') : null,
      result.yellowCard ? badge('黄牌警告', 'yellow') : null,
      result.awardDisqualified ? badge('取消评先评优', 'veto') : null,
      result.rank !== undefined
        ? h('span', { class: 'rank' }, `同类排名第 ${result.rank} 名`)
        : null,
    ),
    table(
      ['板块', '得分'],
      (['tasks', 'outcomes', 'bonus'] as const).map((s) => [s, result.sections[s]] as const),
      ([s, value]) => [sectionLabel(s), points(value)],
      { class: 'sections' },
      ([s]) => ({ 'data-section': s }),
    ),
    facts([
      ['年度', `${year}`],
      ['责任书', result.agreementId ? recordLink('agreements', result.agreementId) : '—'],
      ['计算基准日', formatDateTime(result.referenceDate)],
      ['状态', result.finalized ? '已定稿' : '未定稿（实时计算）'],
      ['数据', result.asOf ? `按 ${formatDateTime(result.asOf)} 已记录的数据` : '当前数据'],
    ]),
  );
}

function items(result: Result): HTMLElement {
  const bySection = (['tasks', 'outcomes', 'bonus'] as const).map((s) => ({
    s,
    list: result.items.filter((i) => i.section === s),
  }));
  return section(
    '得分明细',
    bySection.map(({ s, list }) =>
      list.length === 0
        ? null
        : [
            h('h3', null, `${sectionLabel(s)}（${points(result.sections[s])} 分）`),
            table(
              ['项目', '分值', '', '依据事件'],
              list,
              (item: Item) => [
                [
                  item.label,
                  item.markedExtensions?.length
                    ? h(
                        'ul',
                        { class: 'marks' },
                        item.markedExtensions.map((m) =>
                          h(
                            'li',
                            null,
                            badge(m.backdated ? '延期补录' : '逾期后延期', 'provisional'),
                            ' ',
                            streamLink(m.event, `隐患 ${m.hazardId}`),
                          ),
                        ),
                      )
                    : null,
                ],
                points(item.points, true),
                provisionalMark(item.provisional),
                eventsList(item.events),
              ],
              { class: 'items', 'data-section': s },
              (item) => ({
                'data-rule': item.rule,
                class: item.provisional ? 'provisional' : null,
              }),
            ),
          ],
    ),
  );
}

function vetoes(result: Result): HTMLElement | null {
  if (result.vetoReasons.length === 0) return null;
  return section(
    '一票否决事由',
    table(
      ['事由', '', '依据事件'],
      result.vetoReasons,
      (v) => [v.label, provisionalMark(v.provisional), eventsList(v.events)],
      {
        class: 'vetoes',
      },
    ),
  );
}

function rectification(result: Result): HTMLElement {
  const r = result.rectificationRate;
  return section(
    '隐患整改',
    facts([
      ['排查隐患', String(r.identified)],
      ['已整改', String(r.rectified)],
      ['整改率', percent(r.rate)],
      ['逾期未整改重大隐患', String(r.overdueMajor)],
      ['逾期未整改一般隐患', String(r.overdueGeneral)],
    ]),
  );
}

function indicators(result: Result): HTMLElement | null {
  if (result.controlIndicators.length === 0) return null;
  return section(
    '控制考核指标',
    table(['指标', '实际', '控制值', '', '依据事件'], result.controlIndicators, (c) => [
      c.label,
      c.actual === null ? '—' : String(c.actual),
      String(c.cap),
      c.exceeded ? badge('超标', 'veto') : badge('未超标', 'ok'),
      eventsList(c.events),
    ]),
  );
}

function bars(result: Result): HTMLElement | null {
  if (result.promotionBars.length === 0) return null;
  return section(
    '取消晋级、提拔资格',
    table(
      ['姓名', '职务', '所在单位', '取消年度', '事由', '', '依据事件'],
      result.promotionBars,
      (b) => [
        personLink(b.personId, b.personName),
        b.postLabel ?? '—',
        b.personUnit
          ? `${b.personUnit.unitName}${b.personUnit.postLabel ? `（${b.personUnit.postLabel}）` : ''}`
          : '—',
        String(b.barredYear),
        b.reason,
        provisionalMark(b.provisional),
        eventsList(b.events),
      ],
    ),
  );
}

function corrections(result: Result): HTMLElement | null {
  if (result.corrections.length === 0) return null;
  return section(
    '结果所依据的事故信息更正',
    table(['事故', '更正', '理由', '提出 / 审核', '时间', '依据事件'], result.corrections, (c) => [
      recordLink('incidents', c.incidentId),
      h(
        'ul',
        { class: 'marks' },
        c.changes.map((ch) => h('li', null, `${ch.fieldLabel}：${ch.from} → ${ch.to}`)),
      ),
      c.reason,
      `${c.proposedBy ?? '—'} / ${c.approvedBy ?? '—'}`,
      formatDate(c.correctedAt),
      eventsList(c.events),
    ]),
  );
}
