/** A fake clock whose sleep moves time forward at once: backoff and 45011 waits take no real time. */
export function fakeClock(start = 1_000_000) {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
      await Promise.resolve();
    },
    /** Moves the clock without a sleep (a token's life running out between calls). */
    advance: (ms: number) => {
      time += ms;
    },
    sleeps,
  };
}
