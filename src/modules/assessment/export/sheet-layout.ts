import type ExcelJS from 'exceljs';
import { CST_OFFSET_MS } from '../../../domain/shared/time';

/** What the title rows, the page header and the document properties say. */
export interface WorkbookHeading {
  readonly year: number;
  readonly issuingOffice: string;
  /** 定稿 once the year is finalised, 草稿 until then. */
  readonly finalized: boolean;
  readonly finalizedAt: string | null;
  /** When the workbook was read (its creation time). */
  readonly readAt: Date;
  /** The answer as recorded at this time (`?asOf=`), if asked. */
  readonly asOf: string | null;
}

export interface Column {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
  /** Long text: wrapped within the column. */
  wrap?: boolean;
}

/** Rows 1–2: title and heading; row 3: column headers. All three repeat on every printed page. */
export const HEADER_ROW = 3;

/** 全角空格, between the parts of a title line. */
export const GAP = '\u3000';

/** `2026-03-01 09:30` in China Standard Time. */
export const cstDateTime = (at: Date | string): string =>
  new Date(new Date(at).getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

export const statusOf = (heading: WorkbookHeading): string => (heading.finalized ? '定稿' : '草稿');

export const documentTitle = (heading: WorkbookHeading): string =>
  `${heading.year}年度安全生产目标责任考核结果（${statusOf(heading)}）`;

function headingLine(heading: WorkbookHeading): string {
  const status = heading.finalized
    ? `定稿${heading.finalizedAt ? `（${cstDateTime(heading.finalizedAt)} 定稿）` : ''}`
    : '草稿（考核年度尚未定稿，结果可能变化）';
  return [
    `发文单位：${heading.issuingOffice}`,
    `考核年度：${heading.year}`,
    `状态：${status}`,
    `生成时间：${cstDateTime(heading.readAt)}（北京时间）`,
    ...(heading.asOf ? [`数据截至：${cstDateTime(heading.asOf)}`] : []),
  ].join(GAP + GAP);
}

/** `&` starts a code in a page header or footer: a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, '&&');

/** What a sheet's title rows, page header and page footer say (workbook-specific). */
export interface SheetTitles {
  /** Row 1, before the sheet's name. */
  readonly title: string;
  /** Row 2. */
  readonly headingLine: string;
  /** The page header's centre, before the sheet's name. */
  readonly pageTitle: string;
  /** The page header's left (the issuing office) and right (the status). */
  readonly headerLeft: string;
  readonly headerRight: string;
  /** The page footer's left; its right is the reading time. */
  readonly footerLeft: string;
  readonly readAt: Date;
}

/** The titles of the assessment workbook's sheets. */
export const assessmentTitles = (heading: WorkbookHeading): SheetTitles => ({
  title: `${heading.year}年度安全生产目标责任考核结果`,
  headingLine: headingLine(heading),
  pageTitle: `${heading.year}年度考核结果`,
  headerLeft: heading.issuingOffice,
  headerRight: statusOf(heading),
  footerLeft: `${heading.year}年度`,
  readAt: heading.readAt,
});

/**
 * A4 landscape, every column on one page width (as many pages down as needed), the title and
 * header rows repeated on each page, office and status in the page header, page numbers below.
 */
function printSetup(worksheet: ExcelJS.Worksheet, titles: SheetTitles, title: string) {
  worksheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${HEADER_ROW}`,
  };
  worksheet.headerFooter = {
    oddHeader: `&L${headerText(titles.headerLeft)}&C${headerText(title)}&R${headerText(titles.headerRight)}`,
    oddFooter: `&L${headerText(titles.footerLeft)}&C第 &P 页，共 &N 页&R${cstDateTime(titles.readAt)}`,
  };
}

/** A sheet of the assessment workbook with its title rows, column headers, rows and print setup. */
export const addSheet = (
  workbook: ExcelJS.Workbook,
  heading: WorkbookHeading,
  name: string,
  columns: readonly Column[],
  rows: readonly Record<string, unknown>[],
): ExcelJS.Worksheet => addTitledSheet(workbook, assessmentTitles(heading), name, columns, rows);

/** A sheet with its title rows, column headers, rows and print setup. */
export function addTitledSheet(
  workbook: ExcelJS.Workbook,
  titles: SheetTitles,
  name: string,
  columns: readonly Column[],
  rows: readonly Record<string, unknown>[],
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  worksheet.columns = columns.map(({ key, width }) => ({ key, width }));
  worksheet.addRow([`${titles.title}${GAP}${name}`]);
  worksheet.addRow([titles.headingLine]);
  worksheet.addRow(columns.map((c) => c.header));
  for (const [row, height, size] of [
    [1, 28, 16],
    [2, 20, 10],
  ] as const) {
    worksheet.mergeCells(row, 1, row, columns.length);
    const cell = worksheet.getCell(row, 1);
    cell.font = { bold: row === 1, size };
    cell.alignment = { vertical: 'middle', horizontal: row === 1 ? 'center' : 'left' };
    worksheet.getRow(row).height = height;
  }
  const header = worksheet.getRow(HEADER_ROW);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const values of rows) {
    const row = worksheet.addRow(values);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.numFmt) cell.numFmt = column.numFmt;
      if (column.wrap) cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
  worksheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: columns.length },
  };
  printSetup(worksheet, titles, `${titles.pageTitle}${GAP}${name}`);
  return worksheet;
}

/** Creator, title, subject and times of the file, as a document management system reads them. */
export function setProperties(workbook: ExcelJS.Workbook, heading: WorkbookHeading): void {
  workbook.creator = heading.issuingOffice;
  workbook.lastModifiedBy = heading.issuingOffice;
  workbook.company = heading.issuingOffice;
  workbook.title = documentTitle(heading);
  workbook.subject = '安全生产目标责任考核';
  workbook.keywords = `安全生产;目标责任考核;${heading.year};${statusOf(heading)}`;
  workbook.created = heading.readAt;
  workbook.modified = heading.readAt;
}
