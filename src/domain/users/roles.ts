import { memberOf } from '../shared/codes';

export const ROLES = ['admin', 'office', 'inspector', 'reporter', 'auditor'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: '系统管理员',
  office: '安委会办公室',
  inspector: '执法检查人员',
  reporter: '填报单位',
  auditor: '纪检监察',
};

export const isRole = memberOf(ROLES);
