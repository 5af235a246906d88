/** Which limit refused a read: the user's own, or the service's for all users together. */
export type AsOfRefusal = 'user' | 'service';

/** Counts the as-of reads in flight, per user and in all, and refuses one past either limit. */
export class AsOfLimiter {
  private readonly perUser = new Map<string, number>();
  private total = 0;

  constructor(
    readonly maxPerUser: number,
    readonly maxTotal: number,
  ) {}

  /** A place for one more read of `user`, to release once it has answered; or why there is none. */
  take(user: string): { release: () => void } | { refused: AsOfRefusal } {
    const mine = this.perUser.get(user) ?? 0;
    if (mine >= this.maxPerUser) return { refused: 'user' };
    if (this.total >= this.maxTotal) return { refused: 'service' };
    this.perUser.set(user, mine + 1);
    this.total++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        const left = (this.perUser.get(user) ?? 1) - 1;
        if (left > 0) this.perUser.set(user, left);
        else this.perUser.delete(user);
      },
    };
  }
}
