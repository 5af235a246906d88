import ExcelJS from 'exceljs';
import type { Dossier } from '../../../../projections/queries/dossier';
import { withoutUnsafeCharacters } from '../../../infrastructure/http/safe-text';
import {
  addTitledSheet,
  cstDateTime,
  GAP,
  type SheetTitles,
} from '../../assessment/export/sheet-layout';
import { dossierSheets, type Names, type Row, time } from './dossier-sheets';

export { DOSSIER_SHEETS, unitIdsNamed } from './dossier-sheets';

/** Who hands the workbook out, when it was read, and as recorded when. */
export interface DossierHeading {
  readonly issuingOffice: string;
  readonly readAt: Date;
  readonly asOf: string | null;
}

/** Text stored before requests were checked may hold characters XML cannot carry. */
const xmlSafe = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === 'string' ? withoutUnsafeCharacters(value) : value,
    ]),
  );

function titlesOf(heading: DossierHeading, dossier: Dossier): SheetTitles {
  const person = `${dossier.names.join('、') || dossier.personId}（${dossier.personId}）`;
  const period =
    dossier.from === null && dossier.to === null
      ? '全部'
      : `${dossier.from ? time(dossier.from) : '不限'} 至 ${dossier.to ? time(dossier.to) : '不限'}`;
  return {
    title: `${person}安全生产履职档案`,
    headingLine: [
      `发文单位：${heading.issuingOffice}`,
      `人员：${person}`,
      `期间：${period}`,
      `生成时间：${cstDateTime(heading.readAt)}（北京时间）`,
      ...(heading.asOf ? [`数据截至：${cstDateTime(heading.asOf)}`] : []),
    ].join(GAP + GAP),
    pageTitle: `${person}履职档案`,
    headerLeft: heading.issuingOffice,
    headerRight: '纪检监察',
    footerLeft: person,
    readAt: heading.readAt,
  };
}

/**
 * A person's dossier for an inquiry, in Chinese, ready to print: one sheet per section (posts,
 * agreements, incidents of the chain, what they cost, misreporting and liable findings, actions,
 * promotion bars, overdue major hazards), each row with the events it rests on. `names` gives
 * unit names by id for the units the lines name.
 */
export async function dossierWorkbook(
  heading: DossierHeading,
  dossier: Dossier,
  names: Names,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const titles = titlesOf(heading, dossier);
  workbook.creator = heading.issuingOffice;
  workbook.lastModifiedBy = heading.issuingOffice;
  workbook.title = titles.title;
  workbook.subject = '安全生产履职档案';
  workbook.created = heading.readAt;
  workbook.modified = heading.readAt;
  for (const [name, { columns, rows }] of dossierSheets(dossier, names)) {
    addTitledSheet(workbook, titles, name, columns, (rows as readonly Row[]).map(xmlSafe));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
