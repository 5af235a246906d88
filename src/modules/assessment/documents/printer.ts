import { type NoticeInput, noticePdf } from './notice';
import { type ReportInput, reportPdf } from './report';

/** The documents a printer lays out, by kind, with what each is made from. */
export interface DocumentInputs {
  notice: NoticeInput;
  report: ReportInput;
}

export type DocumentKind = keyof DocumentInputs;

/**
 * Lays out the printable documents. Laying out a large year takes seconds of CPU, so the service
 * prints in a worker thread of its own (printer-thread.ts); the CLI and PROJECTIONS_THREAD=main
 * print on the calling thread.
 */
export interface DocumentPrinter {
  print<K extends DocumentKind>(kind: K, input: DocumentInputs[K]): Promise<Buffer>;
  close(): Promise<void>;
}

export const DOCUMENT_PRINTER = Symbol('DOCUMENT_PRINTER');

const LAYOUTS: { [K in DocumentKind]: (input: DocumentInputs[K]) => Promise<Buffer> } = {
  notice: noticePdf,
  report: reportPdf,
};

/** Prints a document on the calling thread. */
export function printDocument<K extends DocumentKind>(
  kind: K,
  input: DocumentInputs[K],
): Promise<Buffer> {
  if (!Object.hasOwn(LAYOUTS, kind)) return Promise.reject(new Error(`No document ${kind}`));
  return LAYOUTS[kind](input);
}

export const inThreadPrinter: DocumentPrinter = {
  print: printDocument,
  close: async () => {},
};
