import { AnchorRecorder } from '../src/infrastructure/event-store/integrity/anchor-recorder';
import type { EvidenceBundle } from '../src/infrastructure/event-store/integrity/evidence/bundle-format';
import { SqliteEventStore } from '../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { verifyEvidence } from '../src/infrastructure/event-store/integrity/evidence/verify-bundle';
import { withLongestBlock } from './support/main-thread-block';
import type { Client } from './support/server';
import { round, summary } from './support/stats';

export interface EvidenceResult {
  incidentId: string;
  /**
   * What a service does once at start, in the background, measured here in a process of its own:
   * every stream head read and hashed into the Merkle tree its anchors then update.
   */
  startupTreeMs: number;
  /**
   * The longest the main thread answered nothing else meanwhile (the tree is read and hashed in
   * steps of a few milliseconds, the event loop turning between them).
   */
  startupTreeLongestBlockMs: number;
  /** The first bundle on a freshly started server: an anchor is recorded for it. */
  coldMs: number;
  coldAnchorRecorded: boolean;
  /** The same bundle again (the anchor reused): median and worst of the repeats. */
  repeatedP50Ms: number;
  repeatedMaxMs: number;
  /** Bundles of other incidents under the same anchor. */
  others: { samples: number; p50Ms: number; maxMs: number };
  /** POST /audit/anchors on the warm server: an anchor of every stream head, on demand. */
  anchorOnDemandMs: number;
  bytes: number;
  streams: number;
  events: number;
  anchoredStreams: number;
  /** verifyEvidence on the bundle in this process (the offline verifier's work). */
  verifyMs: number;
}

/**
 * GET /incidents/:id/evidence on the province store, on a server started for it: the first bundle
 * (with the anchor recorded for it), the same again, other incidents' bundles; the size in bytes of
 * the JSON answer, and the offline verification of it.
 */
export async function measureEvidence(
  client: Client,
  options: { samples: number; eventsFile: string; year: number },
): Promise<EvidenceResult> {
  const startupTree = await measureStartupTree(options.eventsFile);
  // Incidents of the year before the last, whose investigations had time to conclude.
  const list = await client.get<{
    items: Array<{ id: string; investigation: { conclusion?: unknown } | null }>;
  }>(`/api/v1/incidents?year=${options.year}&limit=200`);
  if (list.status !== 200) throw new Error(`GET /incidents answered ${list.status}`);
  const concluded = list.body.items.filter((i) => i.investigation?.conclusion);
  const ids = [...concluded, ...list.body.items].map((i) => i.id);
  if (ids.length === 0) throw new Error(`no incident in ${options.year}`);
  const bundleOf = async (id: string) => {
    const answer = await client.get<EvidenceBundle>(
      `/api/v1/incidents/${encodeURIComponent(id)}/evidence`,
    );
    if (answer.status !== 200)
      throw new Error(`GET evidence of ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };
  const [incidentId] = ids;
  const cold = await bundleOf(incidentId);
  const repeated = [];
  for (let i = 0; i < 5; i++) repeated.push((await bundleOf(incidentId)).ms);
  const others = [];
  for (const id of [...new Set(ids.slice(1))].slice(0, options.samples))
    others.push((await bundleOf(id)).ms);
  const anchor = await client.post('/api/v1/audit/anchors', {});
  if (anchor.status !== 201) throw new Error(`POST /audit/anchors answered ${anchor.status}`);
  const bundle = cold.body;
  const started = process.hrtime.bigint();
  const verdict = verifyEvidence(bundle);
  const verifyMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (!verdict.ok) throw new Error(`the bundle does not verify: ${JSON.stringify(verdict)}`);
  const rest = summary(repeated);
  const other = summary(others);
  return {
    incidentId,
    startupTreeMs: round(startupTree.ms, 1),
    startupTreeLongestBlockMs: round(startupTree.longestBlockMs, 1),
    coldMs: round(cold.ms, 1),
    coldAnchorRecorded: bundle.anchor.recordedForBundle,
    repeatedP50Ms: rest.p50,
    repeatedMaxMs: rest.max,
    others: { samples: other.n, p50Ms: other.p50, maxMs: other.max },
    anchorOnDemandMs: round(anchor.ms, 1),
    bytes: Buffer.byteLength(JSON.stringify(bundle)),
    streams: verdict.streams,
    events: verdict.events,
    anchoredStreams: bundle.anchor.event.data.streamCount,
    verifyMs: round(verifyMs, 1),
  };
}

async function measureStartupTree(file: string): Promise<{ ms: number; longestBlockMs: number }> {
  const store = new SqliteEventStore({ file });
  try {
    return await withLongestBlock(() => new AnchorRecorder(store).prepare());
  } finally {
    await store.close();
  }
}
