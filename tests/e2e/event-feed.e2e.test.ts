import { ADMIN_TOKEN, startTestApp } from './harness';
import { useTestApp } from './support/api';
import { seedDistrict } from './support/district-fixture';
import { baseUrl, FeedClient } from './support/sse';

interface Envelope {
  id: string;
  streamId: string;
  revision: number;
  position: number;
  type: string;
  recordedAt: string;
  actorId: string;
  actorRole: string;
  data: unknown;
}

const hazard = (id: string, unitId: string) => ({
  id,
  unitId,
  level: 'general',
  description: '配电箱未上锁',
  identifiedAt: '2025-07-01T09:00:00+08:00',
  deadline: '2025-07-15T09:00:00+08:00',
});

/**
 * GET /feed over real HTTP: every event the caller may see, then live, resumable. The district
 * fixture has records under T1 (E1) and T2 (E2); the auditors are scoped to one town each.
 */
describe('the event feed (server-sent events)', () => {
  const api = useTestApp({ FEED_HEARTBEAT_SECONDS: '1' });
  const tokens: Record<string, string> = {};
  const clients: FeedClient[] = [];
  let url: string;

  beforeAll(async () => {
    await seedDistrict(api);
    tokens.admin = api.token;
    tokens.T1 = await api.userToken('feed-auditor-T1', 'auditor', 'T1');
    tokens.T2 = await api.userToken('feed-auditor-T2', 'auditor', 'T2');
    tokens.reporter = await api.userToken('feed-reporter', 'reporter', 'T1');
    tokens.limited = await api.userToken('feed-limited', 'office', 'D');
    tokens.revoked = await api.userToken('feed-revoked', 'auditor', 'D');
    url = await baseUrl(api.t);
  }, 60_000);

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  const open = async (who: string, options: Parameters<typeof FeedClient.open>[2] = {}) => {
    const client = await FeedClient.open(url, tokens[who], options);
    clients.push(client);
    return client;
  };
  const head = () => api.eventCount();
  /** The audit trail as `who` may list it, oldest first. */
  const trail = async (who: string) => {
    const page = await api.as(tokens[who]).read('/audit/events?limit=1000');
    return (page.body.items as Envelope[]).reverse();
  };

  it('sends every event recorded so far, in log order, with its envelope', async () => {
    const last = await head();
    const feed = await open('admin');
    expect(feed.status).toBe(200);
    expect(feed.contentType).toBe('text/event-stream; charset=utf-8');
    await feed.until((f) => f.ids.at(-1) === last);
    const trailed = await trail('admin');
    expect(feed.ids).toEqual(trailed.map((e) => e.position));
    const [first] = trailed;
    expect(feed.events[0].event).toBe(first.type);
    expect(feed.data[0]).toEqual({
      position: first.position,
      eventId: first.id,
      streamId: first.streamId,
      revision: first.revision,
      type: first.type,
      recordedAt: first.recordedAt,
      actor: { id: first.actorId, role: first.actorRole },
      data: first.data,
    });
  });

  it('follows events recorded after it has caught up', async () => {
    const feed = await open('admin', { query: { fromPosition: String(await head()) } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(feed.events).toEqual([]);
    const written = await api.write('/hazards', hazard('H-LIVE', 'E1'));
    await feed.until((f) => f.ids.includes(written.body.position));
    expect(feed.data.map((d) => [d.streamId, d.type])).toEqual([
      ['hazard-H-LIVE', 'HazardIdentified'],
    ]);
  });

  it('resumes after Last-Event-ID without a gap or a repeat', async () => {
    const first = await open('admin');
    await first.until((f) => f.events.length >= 5);
    await first.close();
    const seen = first.ids;
    const resumeAt = seen[seen.length - 1];
    await api.write('/hazards', hazard('H-RESUME', 'E2'));
    const everything = (await trail('admin')).map((e) => e.position);
    const again = await open('admin', {
      headers: { 'Last-Event-ID': String(resumeAt) },
      query: { fromPosition: '0' },
    });
    await again.until((f) => f.ids.at(-1) === everything.at(-1));
    expect([...seen, ...again.ids]).toEqual(everything);
    const byQuery = await open('admin', { query: { fromPosition: String(resumeAt) } });
    await byQuery.until((f) => f.ids.at(-1) === everything.at(-1));
    expect(byQuery.ids).toEqual(again.ids);
  });

  it('sends a scoped auditor exactly its audit trail, and nothing of the other town live', async () => {
    const feed = await open('T1');
    const mine = (await trail('T1')).map((e) => e.position);
    await feed.until((f) => f.ids.at(-1) === mine.at(-1));
    expect(feed.ids).toEqual(mine);
    const foreign = await api.write('/hazards', hazard('H-T2-LIVE', 'E2'));
    const own = await api.write('/hazards', hazard('H-T1-LIVE', 'E1'));
    await feed.until((f) => f.ids.includes(own.body.position));
    expect(feed.ids).not.toContain(foreign.body.position);
    const streams = feed.data.map((d) => String(d.streamId));
    expect(streams.filter((s) => /E2|T2/.test(s))).toEqual([]);
    expect(streams).toContain('hazard-H-T1-LIVE');
  });

  it('refuses what the audit trail refuses', async () => {
    const outside = await open('T1', { query: { withinUnitId: 'T2' } });
    expect([outside.status, outside.problem?.type]).toEqual([
      403,
      'urn:safety:problem:out_of_scope',
    ]);
    const reporter = await open('reporter');
    expect(reporter.status).toBe(403);
    const badId = await open('admin', { headers: { 'Last-Event-ID': 'latest' } });
    expect([badId.status, badId.problem?.errors]).toEqual([
      400,
      [{ field: 'Last-Event-ID', message: 'Last-Event-ID must be a non-negative integer' }],
    ]);
    const badFrom = await open('admin', { query: { fromPosition: '-1' } });
    expect(badFrom.status).toBe(400);
  });

  it('keeps at most two feeds of a user open, and a closed one frees its place', async () => {
    const from = { query: { fromPosition: String(await head()) } };
    const one = await open('limited', from);
    const two = await open('limited', from);
    expect([one.status, two.status]).toEqual([200, 200]);
    const three = await open('limited', from);
    expect([three.status, three.problem?.type]).toEqual([429, 'urn:safety:problem:too_many_feeds']);
    const others = await open('T2', from);
    expect(others.status).toBe(200);
    await one.close();
    const deadline = Date.now() + 5_000;
    let four = await open('limited', from);
    while (four.status === 429 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      four = await open('limited', from);
    }
    expect(four.status).toBe(200);
  });

  it('sends a heartbeat while there is nothing to send', async () => {
    const feed = await open('admin', { query: { fromPosition: String(await head()) } });
    await feed.until((f) => f.comments.includes('heartbeat'), 5_000);
  });

  it('ends the feed of a user revoked meanwhile', async () => {
    const feed = await open('revoked', { query: { fromPosition: String(await head()) } });
    expect(feed.status).toBe(200);
    let ended = false;
    void feed.ended.then(() => (ended = true));
    await api.write('/users/feed-revoked/revocation', {}, 200);
    await feed.until(() => ended, 5_000);
  });
});

describe('the event feed at shutdown', () => {
  it('ends every open feed, so the service stops at once', async () => {
    const t = await startTestApp();
    const feed = await FeedClient.open(await baseUrl(t), ADMIN_TOKEN);
    expect(feed.status).toBe(200);
    let ended = false;
    void feed.ended.then(() => (ended = true));
    const started = Date.now();
    await t.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    await feed.until(() => ended, 2_000);
  });
});
