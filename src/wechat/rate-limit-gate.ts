/**
 * The client-wide pause for 45011 (per-minute limit): when any call sees it, every call through
 * the client waits until the gate opens, then retries (SPEC section 4, --rate-limit-wait).
 */
export class RateLimitGate {
  private openAt = 0;
  private closedAt = -Infinity;

  constructor(
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves once the gate is open (at once when it is). */
  async wait(): Promise<void> {
    for (let left = this.openAt - this.now(); left > 0; left = this.openAt - this.now()) {
      await this.sleep(left);
    }
  }

  /**
   * A call sent at `sentAt` got 45011: close the gate for `waitMs`. A call that was already in
   * flight when the gate last closed only joins that wait instead of extending it.
   */
  close(waitMs: number, sentAt: number): void {
    if (sentAt < this.closedAt) return;
    const now = this.now();
    this.closedAt = now;
    this.openAt = Math.max(this.openAt, now + waitMs);
  }
}
