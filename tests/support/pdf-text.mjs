// Reads a PDF from standard input with Mozilla's PDF.js and prints, as JSON, its page count, its
// document properties and the text layer of each page. It runs in a process of its own: PDF.js is
// an ES module, which the tests' CommonJS module system cannot load.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 })
  .promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const [width, height] = [page.view[2] - page.view[0], page.view[3] - page.view[1]];
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
  pages.push({ width, height, text });
}
const { info } = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages, info }));
