import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, retryDelayMs } from "../../../src/wechat/retry-policy.js";

describe("retryDelayMs", () => {
  const policy = {
    ...DEFAULT_RETRY_POLICY,
    baseDelayMs: 100,
    maxDelayMs: 500,
    jitter: "none" as const,
  };

  it.each([
    [2, 100],
    [3, 200],
    [4, 400],
    [5, 500],
    [9, 500],
  ])("before try %i waits the ceiling %i ms without jitter", (attempt, expected) => {
    expect(retryDelayMs(policy, attempt, () => 0.99)).toBe(expected);
  });

  it.each([
    [0, 0],
    [0.5, 100],
    [0.999, 199],
  ])("full jitter with random %f waits %i ms of a 200 ms ceiling", (random, expected) => {
    expect(retryDelayMs({ ...policy, jitter: "full" }, 3, () => random)).toBe(expected);
  });

  it("defaults to at most 5 tries (SPEC section 4)", () => {
    expect(DEFAULT_RETRY_POLICY.attempts).toBe(5);
  });
});
