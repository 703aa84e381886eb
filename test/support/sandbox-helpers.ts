import type { Sandbox } from "../../src/sandbox/index.js";

/**
 * A token from the sandbox, as another service of the account would hold one (stable_token
 * gives the same token until it is rotated).
 */
export async function stableToken(box: Pick<Sandbox, "url" | "appid" | "secret">): Promise<string> {
  const answer = await fetch(`${box.url}/cgi-bin/stable_token`, {
    method: "POST",
    body: JSON.stringify({
      grant_type: "client_credential",
      appid: box.appid,
      secret: box.secret,
      force_refresh: false,
    }),
  });
  return ((await answer.json()) as { access_token: string }).access_token;
}

/**
 * A sandbox clock that runs 1,000 times faster than real time, from a fixed Beijing midnight.
 * Tokens must be given a long tokenTtlSeconds with it. It reads the real clock, so what falls
 * in one sandbox minute depends on the machine's speed: a per-minute limit (45011) test shares
 * a fake clock (support/fake-clock.ts) between the sandbox and the client instead (the CLI's
 * through `wechatClock`).
 */
export function fastClock(): () => number {
  const start = Date.now();
  const midnight = Date.parse("2026-06-01T00:00:00+08:00");
  return () => midnight + (Date.now() - start) * 1000;
}
