import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CST_OFFSET_MS } from '../../../domain/shared/time';
import { FONT } from './render-pdf';

/** What every document for people says of itself: who issues it, for which year, in which state. */
export interface DocumentHeading {
  issuingOffice: string;
  year: number;
  /** 定稿 once the year is finalised, else 草稿. */
  finalized: boolean;
  /** The title under the office, e.g. 考核结果通知书. */
  title: string;
  /** The as-of time of an as-of read; null for the records as they stand. */
  asOf: string | null;
  /** When the document was made (its date line and creation date). */
  printedAt: string;
}

/** 全角空格, between the parts of a line. */
const GAP = '\u3000';

export const statusOf = (finalized: boolean): string => (finalized ? '定稿' : '草稿');

/** The office's name, the title, and the state line: 定稿, or 草稿 with what it means. */
export function headingBlock(heading: DocumentHeading): Content[] {
  const state = heading.finalized ? '定稿' : '草稿（本年度考核尚未定档，结果可能变化，以定稿为准）';
  return [
    { text: heading.issuingOffice, style: 'office' },
    { text: `${heading.year}年度安全生产目标责任考核${heading.title}`, style: 'title' },
    {
      text: heading.asOf ? `${state}${GAP}数据截至 ${cstDateTime(heading.asOf)}` : state,
      style: 'state',
    },
  ];
}

/**
 * An A4 page frame: margins, the embedded CJK font, a running head naming the document and its
 * state, 第 x 页 / 共 y 页 at the foot, and the document's properties. A draft carries a light
 * 草稿 watermark on every page.
 */
export function a4Document(heading: DocumentHeading, content: Content[]): TDocumentDefinitions {
  const name = `${heading.year}年度安全生产目标责任考核${heading.title}`;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [50, 54, 50, 50],
    info: {
      title: name,
      author: heading.issuingOffice,
      subject: `${name}（${statusOf(heading.finalized)}）`,
      creator: heading.issuingOffice,
      producer: 'safety-accountability',
      creationDate: new Date(heading.printedAt),
      modDate: new Date(heading.printedAt),
    },
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.2 },
    header: (currentPage: number) =>
      currentPage === 1
        ? null
        : {
            text: `${name}${GAP}${statusOf(heading.finalized)}`,
            style: 'runningHead',
            margin: [50, 24, 50, 0],
          },
    footer: (currentPage: number, pageCount: number) => ({
      text: `第 ${currentPage} 页 / 共 ${pageCount} 页`,
      style: 'pageNumber',
      margin: [50, 18, 50, 0],
    }),
    watermark: heading.finalized ? undefined : { text: '草稿', opacity: 0.06, bold: true },
    styles: {
      office: { fontSize: 13, alignment: 'center', margin: [0, 0, 0, 6] },
      title: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      state: { fontSize: 10, alignment: 'center', color: '#444444', margin: [0, 0, 0, 14] },
      section: { fontSize: 12, bold: true, margin: [0, 12, 0, 6] },
      subsection: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      note: { fontSize: 8.5, color: '#444444', margin: [0, 4, 0, 0] },
      tableHeader: { bold: true, fillColor: '#e8e8e8', alignment: 'center' },
      small: { fontSize: 7 },
      runningHead: { fontSize: 8, color: '#666666', alignment: 'right' },
      pageNumber: { fontSize: 9, alignment: 'center' },
    },
    content,
  };
}

/** `2025年3月1日` in China Standard Time. */
export function cstDate(iso: string): string {
  const local = new Date(Date.parse(iso) + CST_OFFSET_MS);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}

/** `2025年3月1日 09:30` in China Standard Time. */
export function cstDateTime(iso: string): string {
  const local = new Date(Date.parse(iso) + CST_OFFSET_MS);
  return `${cstDate(iso)} ${local.toISOString().slice(11, 16)}`;
}
