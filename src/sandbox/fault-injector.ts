import { createPrng, type Prng } from "./prng.js";
import type { SandboxFaults } from "./sandbox-types.js";

/** The sandbox clock's minute, for the per-minute limit (45011). */
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** WeChat's daily quotas reset at midnight Beijing time (UTC+8). */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export type RandomFault = "drop" | "http500" | "busy";

/**
 * Seeded fault decisions. Every blacklist call draws the same number of random numbers
 * whatever the rates, so a given seed and call sequence always meets the same faults.
 */
export class FaultInjector {
  private prng: Prng;
  private authenticated = 0;
  private minute = -1;
  private minuteWrites = 0;
  private day = -1;
  private dayWrites = 0;

  constructor(
    private readonly seed: number,
    private faults: SandboxFaults,
    private readonly now: () => number,
  ) {
    this.prng = createPrng(seed, "faults");
  }

  get current(): SandboxFaults {
    return { ...this.faults };
  }

  /** Replaces the faults and restarts the random stream and the token-expiry count. */
  set(faults: SandboxFaults): void {
    this.faults = { ...faults };
    this.prng = createPrng(this.seed, "faults");
    this.authenticated = 0;
  }

  /** Every authenticated blacklist call is refused with 48001 (an unverified account). */
  get unauthorized(): boolean {
    return this.faults.unauthorized === true;
  }

  get latencyMs(): number {
    return Math.max(0, this.faults.latencyMs ?? 0);
  }

  /** The random fault for this call, if any (drop, then HTTP 500, then busy). */
  draw(): RandomFault | undefined {
    const drop = this.prng.next();
    const http500 = this.prng.next();
    const busy = this.prng.next();
    if (drop < (this.faults.dropRate ?? 0)) return "drop";
    if (http500 < (this.faults.http500Rate ?? 0)) return "http500";
    if (busy < (this.faults.busyRate ?? 0)) return "busy";
    return undefined;
  }

  /** Counts one authenticated call; true when this one must find its token expired. */
  tokenExpiryDue(): boolean {
    const every = this.faults.tokenExpiryEvery ?? 0;
    this.authenticated++;
    return every > 0 && this.authenticated % every === 0;
  }

  /** Admits a write call, or names the limit it hits (45009 daily quota first, then 45011). */
  admitWrite(): 45009 | 45011 | undefined {
    const now = this.now();
    const day = Math.floor((now + BEIJING_OFFSET_MS) / DAY_MS);
    if (day !== this.day) {
      this.day = day;
      this.dayWrites = 0;
    }
    const minute = Math.floor(now / MINUTE_MS);
    if (minute !== this.minute) {
      this.minute = minute;
      this.minuteWrites = 0;
    }
    const quota = this.faults.dailyWriteQuota;
    if (quota !== undefined && this.dayWrites >= quota) return 45009;
    const limit = this.faults.perMinuteLimit;
    if (limit !== undefined && this.minuteWrites >= limit) return 45011;
    this.dayWrites++;
    this.minuteWrites++;
    return undefined;
  }

  /** Forgets the write counts (POST /__sandbox/reset-log). */
  resetCounters(): void {
    this.minuteWrites = 0;
    this.dayWrites = 0;
  }
}
