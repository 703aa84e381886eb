import { describe, expect, it } from "vitest";
import { RateLimitGate } from "../../../src/wechat/rate-limit-gate.js";
import { fakeClock } from "../../support/fake-clock.js";

describe("RateLimitGate", () => {
  it("lets calls through while open", async () => {
    const clock = fakeClock();
    const gate = new RateLimitGate(clock.now, clock.sleep);
    await gate.wait();
    expect(clock.sleeps).toEqual([]);
  });

  it("holds every caller until the wait is over", async () => {
    const clock = fakeClock(0);
    const gate = new RateLimitGate(clock.now, clock.sleep);
    gate.close(60_000, 0);
    const released: number[] = [];
    await Promise.all([1, 2, 3].map(() => gate.wait().then(() => released.push(clock.now()))));
    expect(released.every((t) => t >= 60_000)).toBe(true);
  });

  it("a 45011 from a call sent before the gate closed does not extend the wait", async () => {
    const clock = fakeClock(0);
    const gate = new RateLimitGate(clock.now, clock.sleep);
    clock.sleeps.length = 0;
    await clock.sleep(10); // t = 10
    gate.close(60_000, 5); // closes until 60,010
    await clock.sleep(20); // t = 30
    gate.close(60_000, 0); // sent at 0, before the gate closed: joins the same wait
    await gate.wait();
    expect(clock.now()).toBe(60_010);
  });
});
