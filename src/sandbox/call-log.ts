import type { SandboxCall } from "./sandbox-types.js";

/**
 * The call log: the last `limit` calls in a ring buffer, plus counters that are never
 * truncated, so a million-id benchmark does not grow the sandbox's memory without bound.
 */
export class CallLog {
  private ring: SandboxCall[] = [];
  private start = 0;
  private seq = 0;
  counts: Record<string, number> = {};
  errcodes: Record<string, number> = {};
  forceRefreshes = 0;

  constructor(private readonly limit: number) {}

  record(call: Omit<SandboxCall, "seq">): void {
    const entry: SandboxCall = { seq: ++this.seq, ...call };
    this.counts[call.path] = (this.counts[call.path] ?? 0) + 1;
    const code = String(call.errcode);
    this.errcodes[code] = (this.errcodes[code] ?? 0) + 1;
    if (call.forceRefresh) this.forceRefreshes++;
    if (this.limit <= 0) return;
    if (this.ring.length < this.limit) this.ring.push(entry);
    else {
      this.ring[this.start] = entry;
      this.start = (this.start + 1) % this.limit;
    }
  }

  /** Oldest first. */
  calls(): SandboxCall[] {
    return [...this.ring.slice(this.start), ...this.ring.slice(0, this.start)];
  }

  /** Clears entries and counters; `seq` keeps increasing so entries stay distinguishable. */
  clear(): void {
    this.ring = [];
    this.start = 0;
    this.counts = {};
    this.errcodes = {};
    this.forceRefreshes = 0;
  }
}
