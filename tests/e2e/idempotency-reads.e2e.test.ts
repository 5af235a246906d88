import { useTestApp } from './support/api';
import { countStreamReads, type CountedReads } from './support/counted-reads';
import { district } from './support/tree';

describe("an Idempotency-Key's stream", () => {
  const api = useTestApp();
  let reads: CountedReads;
  beforeAll(() => {
    reads = countStreamReads(api.t);
  });
  afterAll(() => reads.restore());

  const keyReads = () => reads.streams.filter((id) => id.startsWith('idempotency-'));
  const send = () => api.post('/units', district('D')).set('Idempotency-Key', 'k-once');

  it('is read once, under the claim, by the first request and by a repeat', async () => {
    await send().expect(201);
    expect(keyReads()).toHaveLength(1);

    const repeat = await send().expect(201);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(keyReads()).toHaveLength(2);
    expect(new Set(keyReads()).size).toBe(1);
  });
});
