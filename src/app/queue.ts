/**
 * Prints wait here for the one shared browser: each browser session prints one thing at a time (a
 * second request waits behind the first), and at most `limit` prints run at once over all sessions
 * so twenty people printing together share the machine instead of exhausting it.
 */
export interface QueuedJob<T> {
  /** Settles with the job's result once it has run. */
  readonly done: Promise<T>;
  /** Jobs that will run before this one starts (0 once it has started). */
  ahead(): number;
  /** True once the job has left the queue and is running (or has finished). */
  started(): boolean;
}

interface Waiting {
  owner: string;
  start: () => void;
}

export class PrintQueue {
  private running = 0;
  /** Owners with a job running now. */
  private readonly busy = new Set<string>();
  /** Jobs not yet started, oldest first. */
  private readonly waiting: Waiting[] = [];

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError("a print queue needs room for at least one job");
  }

  /** Jobs running now, over all owners. */
  get active(): number {
    return this.running;
  }

  /** Jobs waiting to start, over all owners. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Queues `job` for `owner` (a browser session); it runs once the owner and a slot are free. */
  add<T>(owner: string, job: () => Promise<T>): QueuedJob<T> {
    let begun = false;
    const entry: Waiting = { owner, start: () => undefined };
    const done = new Promise<T>((resolve, reject) => {
      entry.start = () => {
        begun = true;
        this.running++;
        this.busy.add(owner);
        // A job that throws synchronously still frees its slot.
        Promise.resolve()
          .then(job)
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            this.busy.delete(owner);
            this.next();
          });
      };
    });
    this.waiting.push(entry);
    this.next();
    return {
      done,
      started: () => begun,
      ahead: () => {
        if (begun) return 0;
        const index = this.waiting.indexOf(entry);
        // Every job before it waits too, plus the owner's own running one holds it back.
        return index + (this.busy.has(owner) ? 1 : 0);
      },
    };
  }

  /** Starts every waiting job whose owner is idle, oldest first, while slots are free. */
  private next(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.limit;) {
      const entry = this.waiting[i];
      if (entry && !this.busy.has(entry.owner)) {
        this.waiting.splice(i, 1);
        entry.start();
      } else i++;
    }
  }
}
