/**
 * How the client backs off from retryable failures (-1 busy, HTTP 5xx, resets, timeouts):
 * exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And
 * Jitter"). One object of defaults, overridable per client.
 */
export interface RetryPolicy {
  /** Tries in all, the first included (SPEC section 4: at most 5). */
  attempts: number;
  /** The delay ceiling before the 2nd try; doubles for each further try. */
  baseDelayMs: number;
  /** No single wait is longer than this. */
  maxDelayMs: number;
  /** "full": wait a random time in [0, ceiling]; "none": wait the ceiling (for tests and logs). */
  jitter: "full" | "none";
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  // 500 ms, 1 s, 2 s, 4 s ceilings: about 7.5 s at worst over the 4 waits of 5 tries,
  // short next to WeChat's usual minute-long busy spells but enough to ride out a blip.
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  jitter: "full",
};

/** The wait before try number `nextAttempt` (2 for the first retry). */
export function retryDelayMs(
  policy: RetryPolicy,
  nextAttempt: number,
  random: () => number,
): number {
  const ceiling = Math.min(
    policy.maxDelayMs,
    policy.baseDelayMs * 2 ** Math.max(0, nextAttempt - 2),
  );
  return policy.jitter === "full" ? Math.floor(random() * ceiling) : ceiling;
}
