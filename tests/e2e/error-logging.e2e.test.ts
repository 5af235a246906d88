import pino from 'pino';
import { Writable } from 'node:stream';
import { useTestApp } from './support/api';

interface LogLine {
  level: number;
  msg: string;
  err?: { stack?: string };
  [field: string]: unknown;
}

const WARN = 40;
const ERROR = 50;

describe('what the service logs of the problems it answers', () => {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const api = useTestApp({}, pino({ level: 'info' }, sink));

  const linesOf = (requestId: string) => lines.filter((line) => line.requestId === requestId);

  it('logs a minPosition the projections did not reach at warn, without a stack', async () => {
    const response = await api
      .get('/units?minPosition=999999')
      .set('X-Request-Id', 'behind-1')
      .expect(503);
    expect(response.headers['retry-after']).toBe('1');
    const logged = linesOf('behind-1');
    expect(logged.filter((line) => line.level >= ERROR)).toEqual([]);
    expect(logged.filter((line) => line.level === WARN)).toEqual([
      expect.objectContaining({ status: 503, type: 'urn:safety:problem:projections_behind' }),
    ]);
    expect(JSON.stringify(logged)).not.toMatch(/stack|at \w+ \(/);
  }, 15_000);

  it('logs a refused body at no level above info', async () => {
    await api
      .post('/units')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .set('X-Request-Id', 'plain-gzip-1')
      .send('{"name":"x","kind":"district"}')
      .expect(415);
    expect(linesOf('plain-gzip-1').filter((line) => line.level >= WARN)).toEqual([]);
  });
});
