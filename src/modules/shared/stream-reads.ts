import type { RecordedEvent } from '../../infrastructure/event-store/event-store.port';

/**
 * The streams one request has read so far, so that the authorisation check (which unit does
 * `hazard-H1` concern?) and the command that follows share one read of the resource's stream.
 * It lives as long as its request: the command takes the read (it is gone after), decides on it
 * and appends with that read's revision, so a writer that came in between still makes the append
 * fail, and the command reads again (see AggregateExecutor).
 */
export class StreamReads {
  private readonly reads = new Map<string, Promise<RecordedEvent[]>>();

  /** The stream as this request read it, or read now (and kept for the command). */
  read(streamId: string, readNow: () => Promise<RecordedEvent[]>): Promise<RecordedEvent[]> {
    let read = this.reads.get(streamId);
    if (!read) {
      read = readNow();
      this.reads.set(streamId, read);
      const kept = read;
      kept.catch(() => {
        if (this.reads.get(streamId) === kept) this.reads.delete(streamId);
      });
    }
    return read;
  }

  /** The stream as this request read it, if it did; later reads go to the store again. */
  take(streamId: string): Promise<RecordedEvent[]> | undefined {
    const read = this.reads.get(streamId);
    this.reads.delete(streamId);
    return read;
  }
}

const ofRequest = new WeakMap<object, StreamReads>();

/** The reads of this request (one per request object, gone with it). */
export function streamReadsOf(request: object): StreamReads {
  let reads = ofRequest.get(request);
  if (!reads) {
    reads = new StreamReads();
    ofRequest.set(request, reads);
  }
  return reads;
}
