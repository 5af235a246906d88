import { ApiTags, type TagObject } from '@nestjs/swagger';

/** API.md's sections: the document's tags, in this order. A controller names its own. */
export const SECTIONS = {
  health: { name: 'Health', description: 'Health of the service, its stores and its projections.' },
  users: { name: 'Users', description: 'Users, roles and tokens (用户与权限).' },
  units: {
    name: 'Units and posts',
    description: 'Units, posts held by persons, statistics (单位与岗位).',
  },
  agreements: {
    name: 'Agreements',
    description: 'Target-responsibility agreements (安全生产目标责任书).',
  },
  inspections: {
    name: 'Inspections, hazards, reports',
    description:
      'Inspections, hidden hazards and whistleblower reports (督查检查, 隐患排查治理, 举报).',
  },
  incidents: { name: 'Incidents', description: 'Production-safety incidents (生产安全事故).' },
  enforcement: {
    name: 'Enforcement and accountability',
    description:
      'Penalties, accountability and the serious-dishonesty list (行政处罚, 问责, 黑名单).',
  },
  supervision: {
    name: 'Supervision',
    description:
      'Patrols and supervision visits, their problems, supervision orders, escalation candidates (巡查、督查、督办、约谈通报).',
  },
  assessment: {
    name: 'Assessment',
    description: 'Annual assessment and one-vote veto (年度考核, 一票否决).',
  },
  inquiries: {
    name: 'Inquiries',
    description: 'Persons and their dossiers for discipline inspection (纪检监察: 人员履职档案).',
  },
  audit: {
    name: 'Responsibility chain and audit',
    description: 'Who answered for what, and the tamper-evident record (责任链, 审计).',
  },
} as const satisfies Record<string, TagObject>;

export type Section = (typeof SECTIONS)[keyof typeof SECTIONS];

export const TAGS: TagObject[] = Object.values(SECTIONS).map((section) => ({ ...section }));

/** The section (tag) of every operation of a controller. */
export const ApiSection = (section: Section): ClassDecorator => ApiTags(section.name);
