import { promisify } from 'node:util';
import { brotliCompress, deflate, gzip } from 'node:zlib';
import { useTestApp } from './support/api';

const unit = { name: '城关镇', kind: 'district' };

describe('request bodies in a Content-Encoding', () => {
  const api = useTestApp();

  const json = JSON.stringify(unit);
  const send = (encoding: string, body: Buffer | string) =>
    api
      .post('/units')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', encoding)
      .serialize((raw: Buffer | string) => raw as string)
      .send(body);

  it.each(['gzip', 'deflate', 'br'])(
    'answers a plain body declared as %s with 415, not 500',
    async (encoding) => {
      const response = await send(encoding, json).expect(415);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toMatch(/undecodable_body/);
    },
  );

  it('answers a truncated gzip body with 415', async () => {
    const compressed = await promisify(gzip)(json);
    await send('gzip', compressed.subarray(0, compressed.length - 6)).expect(415);
  });

  it.each(['compress', 'zstd', 'gzip, gzip', 'x-unknown'])(
    'answers an unsupported encoding %s with 415',
    async (encoding) => {
      const response = await send(encoding, json).expect(415);
      expect(response.body.type).toMatch(/unsupported_encoding/);
    },
  );

  it.each([
    ['gzip', promisify(gzip)],
    ['deflate', promisify(deflate)],
    ['br', promisify(brotliCompress)],
  ] as const)('accepts a body really compressed with %s', async (encoding, compress) => {
    const response = await send(encoding, await compress(json)).expect(201);
    expect(response.body.name).toBe(unit.name);
  });
});
