import { withLongestBlock } from '../../../bench/support/main-thread-block';
import pino from 'pino';
import {
  inThreadPrinter,
  type DocumentPrinter,
} from '../../../src/modules/assessment/documents/printer';
import { PrinterThread } from '../../../src/modules/assessment/documents/printer-thread';
import { pdfText } from '../../support/pdf-text';
import { sampleYear } from '../../support/sample-results';

const HEADER = '排名单位得分等次一票否决黄牌警告';
const RESULTS = sampleYear(2_000);
const HEADING = {
  issuingOffice: '市安全生产委员会办公室',
  year: 2025,
  finalized: true,
  asOf: null,
  printedAt: '2026-01-20T02:00:00.000Z',
};

/** Prints the report, timing it and the longest stretch this thread answered nothing else. */
async function printTimed(printer: DocumentPrinter) {
  const printed = await withLongestBlock(() =>
    printer.print('report', { heading: HEADING, results: RESULTS }),
  );
  return { pdf: printed.value, ms: printed.ms, heldUpMs: printed.longestBlockMs };
}

const figure = (how: string, { pdf, ms, heldUpMs }: Awaited<ReturnType<typeof printTimed>>) =>
  process.stdout.write(
    `report.pdf of ${RESULTS.length} units ${how}: ${Math.round(ms)} ms, ${pdf.length} bytes ` +
      `(${(pdf.length / 1024 / 1024).toFixed(2)} MiB); event loop held up at most ` +
      `${Math.round(heldUpMs)} ms\n`,
  );

/**
 * The report of a large year (2,000 towns and a few departments, every 20th town vetoed), laid out
 * and read back by PDF.js. Times and sizes are printed, not asserted; the size shows the CJK font
 * is embedded as a subset (the whole font alone is over 10 MB).
 */
describe('the report of a large year', () => {
  it('runs onto many pages, each numbered, every league-table page with its header row', async () => {
    const printed = await printTimed(inThreadPrinter);
    figure('on the calling thread', printed);
    const { pages } = await pdfText(printed.pdf);
    process.stdout.write(`  ${pages.length} pages\n`);
    expect(pages.length).toBeGreaterThan(40);
    pages.forEach((page, i) =>
      expect(page.text).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`),
    );
    const squeezed = pages.map((p) => p.text.replace(/\s+/g, ''));
    const withTowns = squeezed.filter((text) => /\d第\d+镇人民政府\d/.test(text));
    expect(withTowns.length).toBeGreaterThan(40);
    expect(withTowns.filter((text) => !text.includes(HEADER))).toEqual([]);
    expect(squeezed.join('')).toContain('第2000镇人民政府');
    expect(printed.pdf.length).toBeLessThan(3 * 1024 * 1024);
  }, 120_000);

  it('prints the same document in the service’s printer thread, leaving this thread free', async () => {
    const thread = new PrinterThread(pino({ level: 'silent' }), 8);
    try {
      const printed = await printTimed(thread);
      figure('in the printer thread', printed);
      const { pages } = await pdfText(printed.pdf);
      expect(pages[0].text).toContain('2025年度安全生产目标责任考核结果报告');
      expect(pages.length).toBeGreaterThan(40);
    } finally {
      await thread.close();
    }
    await expect(thread.print('report', { heading: HEADING, results: [] })).rejects.toThrow(
      'stopping',
    );
  }, 120_000);

  it('refuses a document beyond its queue with 503 printer_busy, and prints the ones it took', async () => {
    const thread = new PrinterThread(pino({ level: 'silent' }), 2);
    try {
      const small = { heading: HEADING, results: sampleYear(3) };
      const taken = [thread.print('report', small), thread.print('report', small)];
      await expect(thread.print('report', small)).rejects.toMatchObject({
        problem: expect.objectContaining({ status: 503, type: 'urn:safety:problem:printer_busy' }),
      });
      for (const pdf of await Promise.all(taken))
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await expect(thread.print('report', small)).resolves.toBeInstanceOf(Buffer);
    } finally {
      await thread.close();
    }
  }, 120_000);
});
