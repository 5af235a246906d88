import type { AddressInfo } from 'node:net';
import type { Test } from 'supertest';
import type { TestApp } from '../harness';

/** One dispatched server-sent event. */
export interface SseEvent {
  id: string;
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` as the WHATWG EventSource does: lines end with CRLF, LF or CR; a
 * blank line dispatches the event gathered (when it has data); `:` starts a comment; a field's
 * value loses one leading space; `data` lines join with LF; the last `id` carries over.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private lastId = '';

  constructor(
    private readonly onEvent: (event: SseEvent) => void,
    private readonly onComment: (comment: string) => void = () => {},
  ) {}

  push(text: string): void {
    this.buffer += text;
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      if (end < 0 || (this.buffer[end] === '\r' && end === this.buffer.length - 1)) return;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(this.buffer.startsWith('\r\n', end) ? end + 2 : end + 1);
      this.line(line);
    }
  }

  private line(line: string): void {
    if (line === '') {
      if (this.data.length > 0) {
        this.onEvent({
          id: this.lastId,
          event: this.event || 'message',
          data: this.data.join('\n'),
        });
      }
      this.data = [];
      this.event = '';
      return;
    }
    if (line.startsWith(':')) {
      this.onComment(line.slice(1).trim());
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.lastId = value;
  }
}

/** The base URL of the test application, listening on a free port from now on. */
export async function baseUrl(t: TestApp): Promise<string> {
  const server = t.app.getHttpServer() as import('node:http').Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A client of GET /api/v1/feed over real HTTP, gathering what it receives. */
export class FeedClient {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  status = 0;
  contentType = '';
  /** The JSON of an answer that is not a stream (a problem). */
  problem: Record<string, unknown> | null = null;
  /** Resolves once the server has ended the stream (or it was closed here). */
  ended: Promise<void> = Promise.resolve();
  private readonly abort = new AbortController();

  static async open(
    url: string,
    token: string,
    {
      query = {},
      headers = {},
    }: { query?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<FeedClient> {
    const client = new FeedClient();
    const search = new URLSearchParams(query).toString();
    const response = await fetch(`${url}/api/v1/feed${search ? `?${search}` : ''}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream', ...headers },
      signal: client.abort.signal,
    });
    client.status = response.status;
    client.contentType = response.headers.get('content-type') ?? '';
    if (!client.contentType.startsWith('text/event-stream')) {
      client.problem = (await response.json()) as Record<string, unknown>;
      return client;
    }
    const parser = new SseParser(
      (event) => client.events.push(event),
      (comment) => client.comments.push(comment),
    );
    client.ended = (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          parser.push(decoder.decode(chunk, { stream: true }));
        }
      } catch {
        // Aborted here.
      }
    })();
    return client;
  }

  /** The `id`s received, as numbers. */
  get ids(): number[] {
    return this.events.map((event) => Number(event.id));
  }

  /** The data of each event received, parsed. */
  get data(): Array<Record<string, unknown>> {
    return this.events.map((event) => JSON.parse(event.data) as Record<string, unknown>);
  }

  /** Waits until `done` holds of this client (checked every 20 ms), at most `limitMs`. */
  async until(done: (client: FeedClient) => boolean, limitMs = 10_000): Promise<void> {
    const deadline = Date.now() + limitMs;
    while (!done(this)) {
      if (Date.now() > deadline) {
        throw new Error(`feed: condition not met in ${limitMs} ms; ids ${this.ids.join(',')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Hangs up, as a client that goes away does. */
  async close(): Promise<void> {
    this.abort.abort();
    await this.ended;
  }
}

/**
 * A supertest parser for walkers of every route: an answer read whole (JSON parsed), except an
 * event stream, of which only the first chunk is read before hanging up.
 */
export const untilFirstChunk: Parameters<Test['parse']>[0] = (res, done) => {
  const chunks: Buffer[] = [];
  const stream = String(res.headers['content-type'] ?? '').startsWith('text/event-stream');
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    const text = Buffer.concat(chunks).toString('utf8');
    const json = String(res.headers['content-type'] ?? '').includes('json');
    done(null, json && text ? JSON.parse(text) : text);
  };
  res.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (stream) {
      finish();
      (res as unknown as { destroy(): void }).destroy();
    }
  });
  res.on('end', finish);
  res.on('close', finish);
};
