import { parentPort } from 'node:worker_threads';
import type { PrinterCall, PrinterReply } from './printer-thread';
import { printDocument } from './printer';

/** Prints the documents PrinterThread asks for, one at a time, and sends each PDF back. */
const port = parentPort!;
port.on('message', (call: PrinterCall) => {
  printDocument(call.kind, call.input).then(
    (pdf) => {
      const bytes = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.length) as ArrayBuffer;
      port.postMessage({ id: call.id, pdf: bytes } satisfies PrinterReply, [bytes]);
    },
    (error: unknown) =>
      port.postMessage({
        id: call.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies PrinterReply),
  );
});
