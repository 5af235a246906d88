import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface PdfPage {
  /** In points: A4 is 595 × 842. */
  width: number;
  height: number;
  /** The page's text layer, its runs joined without separators. */
  text: string;
}

export interface PdfText {
  pages: PdfPage[];
  /** The document information dictionary (Title, Author, CreationDate, …). */
  info: Record<string, unknown>;
}

/** The text layer of a PDF as an independent reader (PDF.js, in a child process) extracts it. */
export function pdfText(pdf: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'pdf-text.mjs')],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`PDF.js could not read the PDF: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as PdfText);
      },
    );
    child.stdin!.end(pdf);
  });
}
