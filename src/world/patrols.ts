import type { DutyArea, PatrolKind } from '../domain/supervision';
import { personName } from './names';
import type { Rng } from './prng';
import { cstDay, DAY, officeTime } from './time';
import type { UnitInfo } from './units';

/** What patrols find, by duty area (巡查督查发现问题). */
export const PROBLEM_DESCRIPTIONS: Readonly<Record<DutyArea, readonly string[]>> = {
  leadership: [
    '党委政府研究安全生产工作不及时，年内未专题研究部署',
    '"党政同责、一岗双责"责任清单未细化到岗到人',
    '安委会成员单位职责交叉，部分领域监管责任不清',
  ],
  hazard_management: [
    '重大事故隐患挂牌督办后跟踪问效不到位',
    '隐患排查治理台账不完整，部分隐患未闭环销号',
    '对企业自查自报隐患缺乏抽查核实',
  ],
  enforcement: [
    '执法检查计划执行率偏低，"检查多、处罚少"问题突出',
    '对违法行为处罚后整改复查不到位',
    '执法文书不规范，部分案件缺少证据材料',
  ],
  emergency: [
    '应急预案未按期修订，演练流于形式',
    '应急物资储备不足，部分物资过期未更新',
    '值班值守制度落实不严，信息报送不及时',
  ],
  training: [
    '"安全生产月"活动覆盖面不足',
    '基层安全监管人员培训学时不达标',
    '企业主要负责人安全培训考核合格率偏低',
  ],
  other: ['安全生产专项资金使用不规范', '安全生产考核结果运用不充分'],
};

const DUTY_WEIGHTS: ReadonlyArray<readonly [DutyArea, number]> = [
  ['leadership', 2],
  ['hazard_management', 4],
  ['enforcement', 3],
  ['emergency', 2],
  ['training', 2],
  ['other', 1],
];

export interface PlannedProblem {
  target: UnitInfo;
  duty: DutyArea;
  description: string;
}

/** A patrol (巡查) in spring or a supervision visit (督查) in autumn of the district's units. */
export interface PlannedPatrol {
  kind: PatrolKind;
  lead: UnitInfo;
  team: string[];
  targets: UnitInfo[];
  from: number;
  to: number;
  problems: PlannedProblem[];
}

/**
 * The district's two rounds: a patrol of about half its towns and a department or two in April,
 * a supervision visit of the other towns and departments in September; 1–3 problems per target.
 */
export function planPatrols(
  rng: Rng,
  year: number,
  lead: UnitInfo,
  towns: readonly UnitInfo[],
  departments: readonly UnitInfo[],
): PlannedPatrol[] {
  const shuffledTowns = rng.shuffle([...towns]);
  const shuffledDepartments = rng.shuffle([...departments]);
  const half = Math.ceil(shuffledTowns.length / 2);
  const departmentsFirst = Math.min(shuffledDepartments.length, rng.int(1, 2));
  const rounds: Array<{ kind: PatrolKind; targets: UnitInfo[]; start: [number, number] }> = [
    {
      kind: 'patrol',
      targets: [...shuffledTowns.slice(0, half), ...shuffledDepartments.slice(0, departmentsFirst)],
      start: [4, 1],
    },
    {
      kind: 'supervision',
      targets: [...shuffledTowns.slice(half), ...shuffledDepartments.slice(departmentsFirst)],
      start: [9, 1],
    },
  ];
  return rounds
    .filter((round) => round.targets.length > 0)
    .map(({ kind, targets, start }) => {
      const from = officeTime(rng, cstDay(year, ...start), cstDay(year, start[0], 20));
      const to = from + rng.int(kind === 'patrol' ? 10 : 5, kind === 'patrol' ? 14 : 8) * DAY;
      const members = rng.int(3, 4);
      const team = Array.from({ length: members }, (_, i) =>
        i === 0 ? `组长 ${personName(rng)}` : personName(rng),
      );
      const problems = targets.flatMap((target) =>
        Array.from({ length: rng.int(1, 3) }, () => {
          const duty = rng.weighted(DUTY_WEIGHTS);
          return { target, duty, description: rng.pick(PROBLEM_DESCRIPTIONS[duty]) };
        }),
      );
      return { kind, lead, team, targets, from, to, problems };
    });
}
