/** A task of the simulation, run when the simulated clock reaches `at` (ms). */
interface Task {
  at: number;
  seq: number;
  run: () => unknown;
}

/** A min-heap of timed tasks: the simulation runs them in time order (ties in insertion order). */
export class Schedule {
  private readonly heap: Task[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  add(at: number, run: () => unknown): void {
    const task = { at, seq: this.seq++, run };
    const heap = this.heap;
    heap.push(task);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(task, heap[parent])) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = task;
  }

  peekTime(): number | undefined {
    return this.heap[0]?.at;
  }

  pop(): Task | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || !last) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = last;
      let at = -1;
      if (left < heap.length && before(heap[left], smallest)) {
        smallest = heap[left];
        at = left;
      }
      if (right < heap.length && before(heap[right], smallest)) {
        smallest = heap[right];
        at = right;
      }
      if (at < 0) break;
      heap[i] = smallest;
      i = at;
    }
    heap[i] = last;
    return top;
  }
}

const before = (a: Task, b: Task): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);
