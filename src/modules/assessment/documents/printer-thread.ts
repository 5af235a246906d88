import { extname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { problem, ProblemException } from '../../../infrastructure/http/problem';
import { startWorker } from '../../../infrastructure/worker-thread';
import type { DocumentInputs, DocumentKind, DocumentPrinter } from './printer';

export type PrinterCall = {
  [K in DocumentKind]: { id: number; kind: K; input: DocumentInputs[K] };
}[DocumentKind];

export type PrinterReply = { id: number; pdf: ArrayBuffer } | { id: number; error: string };

interface Pending {
  resolve(pdf: Buffer): void;
  reject(error: Error): void;
}

/**
 * Prints in a worker thread of its own (printer-worker.ts), so that laying out a large year never
 * holds up the requests on this thread. The worker starts with the first document and stays; one
 * that died fails its documents (503) and the next document starts another.
 */
export class PrinterThread implements DocumentPrinter {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly logger: Logger,
    /** Documents waiting or being laid out at once; one more is refused (503, retry later). */
    private readonly maxQueued: number,
  ) {}

  print<K extends DocumentKind>(kind: K, input: DocumentInputs[K]): Promise<Buffer> {
    if (this.closed) return Promise.reject(unavailable('The service is stopping.'));
    if (this.pending.size >= this.maxQueued) {
      return Promise.reject(
        new ProblemException(
          problem(
            503,
            'printer_busy',
            `${this.pending.size} documents are being printed; retry shortly.`,
            undefined,
            { retryAfterSeconds: 5 },
          ),
        ),
      );
    }
    const worker = (this.worker ??= this.spawn());
    const id = ++this.nextId;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, kind, input } as PrinterCall);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = startWorker(join(__dirname, `printer-worker${extname(__filename)}`), {});
    // Closed with the service; an idle printer keeps no process alive.
    worker.unref();
    worker.on('message', (reply: PrinterReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if ('pdf' in reply) pending.resolve(Buffer.from(reply.pdf));
      else pending.reject(new Error(reply.error));
    });
    worker.on('error', (error) => this.logger.error({ err: error }, 'document printer failed'));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      if (!this.closed) this.logger.error({ code }, 'document printer exited');
      const why = this.closed ? 'The service is stopping.' : 'The document printer stopped.';
      for (const [id, pending] of this.pending) {
        this.pending.delete(id);
        pending.reject(unavailable(why));
      }
    });
    return worker;
  }
}

const unavailable = (detail: string) =>
  new ProblemException(
    problem(503, 'printer_unavailable', `${detail} Retry.`, undefined, { retryAfterSeconds: 1 }),
  );
