// Starts bench/sandbox-process.js as a child process and talks to it over HTTP: its
// /__sandbox/state (call log, blacklist) and /__sandbox/reset-log endpoints.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { URLSearchParams } from "node:url";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { clearInterval, setInterval } from "node:timers";

const { fetch } = globalThis;
const HERE = new URL(".", import.meta.url).pathname;

/**
 * Starts a sandbox whose followers are `followers` (the first `blocked` of them blocked), or,
 * with `accounts` ([{name, followers, blocked, faults}]), a sandbox of several accounts.
 * Resolves once it prints its address; prints a waiting line to stderr every few seconds.
 */
export async function startSandboxProcess({
  dir,
  followers = [],
  blocked = 0,
  accounts = null,
  pageSize = 10_000,
  latencyMs = 0,
  log = () => {},
}) {
  const where = accounts
    ? ["--manifest", writeManifest(dir, accounts)]
    : ["--ids", idsFile(dir, "sandbox", followers), "--blocked", String(blocked)];
  const child = spawn(
    process.execPath,
    [
      join(HERE, "sandbox-process.js"),
      ...where,
      "--page-size",
      String(pageSize),
      "--latency",
      String(latencyMs),
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const started = Date.now();
  const timer = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    const total = accounts
      ? accounts.reduce((sum, account) => sum + account.followers.length, 0)
      : followers.length;
    log(`  sandbox with ${total} followers still starting (${seconds} s)...`);
  }, 5_000);
  const vars = {};
  try {
    await new Promise((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.on("line", (line) => {
        const match = /^(WECHAT_[A-Z0-9_]+)=(.*)$/.exec(line);
        if (match) vars[match[1]] = match[2];
        if (accounts ? line === "# ready" : vars.WECHAT_APPID && vars.WECHAT_APPSECRET) resolve();
      });
      child.on("exit", (code) => reject(new Error(`the sandbox process exited (${code})`)));
      child.on("error", reject);
    });
  } finally {
    clearInterval(timer);
  }
  const url = vars.WECHAT_API_BASE;
  log(`  sandbox ready at ${url} (${Date.now() - started} ms)`);
  return {
    url,
    env: vars,
    /**
     * The state of the sandbox (of one account of several); `{ blacklist: false }` leaves out
     * the list (31 MB of JSON at 1M).
     */
    async state({ blacklist = true, account } = {}) {
      const query = new URLSearchParams({
        ...(blacklist ? {} : { blacklist: "0" }),
        ...(account ? { account } : {}),
      });
      const response = await fetch(`${url}/__sandbox/state?${query}`);
      if (!response.ok) throw new Error(`GET /__sandbox/state answered ${response.status}`);
      return response.json();
    },
    /** [{path, start, end}] in epoch ms, as seen by the recording proxy. */
    async timing() {
      const response = await fetch(`${url}/__bench/timing`);
      if (!response.ok) throw new Error(`GET /__bench/timing answered ${response.status}`);
      return response.json();
    },
    /**
     * The round trip of one plain call (stable_token) as this machine delivers it now, median
     * of `n` sequential calls: with latency L, the best any client can do per call.
     */
    async calibrate(n = 20) {
      const body = JSON.stringify({
        grant_type: "client_credential",
        appid: vars.WECHAT_APPID,
        secret: vars.WECHAT_APPSECRET,
        force_refresh: false,
      });
      const times = [];
      for (let i = 0; i < n; i++) {
        const started = performance.now();
        const response = await fetch(`${url}/cgi-bin/stable_token`, { method: "POST", body });
        await response.arrayBuffer();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(n / 2)];
    },
    async resetLog() {
      const response = await fetch(`${url}/__sandbox/reset-log`, { method: "POST" });
      if (!response.ok) throw new Error(`POST /__sandbox/reset-log answered ${response.status}`);
    },
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function idsFile(dir, name, ids) {
  const file = join(dir, `${name}-ids-${ids.length}.txt`);
  writeFileSync(file, ids.join("\n"));
  return file;
}

/** The accounts' ids, one file each, and the manifest that names them. */
function writeManifest(dir, accounts) {
  const manifest = accounts.map(({ name, followers, blocked, faults = {} }) => ({
    name,
    ids: idsFile(dir, `account-${name}`, followers),
    blocked,
    faults,
  }));
  const file = join(dir, `manifest-${accounts.length}.json`);
  writeFileSync(file, JSON.stringify(manifest));
  return file;
}

/** Counts the logged calls per kind: token, page reads, writes (and failed calls). */
export function countCalls(calls) {
  const counts = { token: 0, pages: 0, block: 0, unblock: 0, failed: 0, other: 0 };
  for (const call of calls) {
    if (call.errcode !== 0 || call.http !== 200) counts.failed++;
    const path = call.path.split("?")[0];
    if (path.endsWith("/getblacklist")) counts.pages++;
    else if (path.endsWith("/batchblacklist")) counts.block++;
    else if (path.endsWith("/batchunblacklist")) counts.unblock++;
    else if (path.includes("token")) counts.token++;
    else counts.other++;
  }
  return { ...counts, writes: counts.block + counts.unblock };
}

/**
 * Where the time of one tool run went, from the proxy's timings and the run's own span (epoch
 * ms): before the first call, the span of the calls, after the last one; and the span of the
 * write calls alone.
 */
export function timeline(timings, startedAt, endedAt) {
  if (timings.length === 0) return null;
  const span = (list) => ({
    first: list.reduce((min, t) => Math.min(min, t.start), Infinity),
    last: list.reduce((max, t) => Math.max(max, t.end), -Infinity),
  });
  const { first, last } = span(timings);
  const writes = span(timings.filter((t) => /\/batch(un)?blacklist$/.test(t.path)));
  return {
    before_first_call_ms: Math.round(first - startedAt),
    calls_span_ms: Math.round(last - first),
    after_last_call_ms: Math.round(endedAt - last),
    writes_span_ms: Number.isFinite(writes.first) ? Math.round(writes.last - writes.first) : 0,
  };
}
