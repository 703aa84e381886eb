// The sandbox as a separate process for the benchmark, so that its CPU does not count against
// the tool. Reads the account from a file of openids (one a line; the first --blocked of them
// are on the blacklist, all are followers), starts the library sandbox of dist/ and prints
//   WECHAT_API_BASE=http://127.0.0.1:PORT
//   WECHAT_APPID=wx...
//   WECHAT_APPSECRET=...
// on stdout once it listens. Stops on SIGTERM or when stdin closes (the parent died).
//
// With --manifest FILE (JSON: [{name, ids, blocked, faults?}], `ids` a file as above), it serves
// several accounts (SPEC 11) and prints WECHAT_API_BASE, then WECHAT_<ENV>_APPID and
// WECHAT_<ENV>_APPSECRET for each account, then "# ready".
//
// The printed address is a thin recording proxy in front of the sandbox (same process): it
// notes when each WeChat call started and ended (epoch ms), served at GET /__bench/timing and
// cleared by POST /__sandbox/reset-log, so the bench can see when the tool's first and last
// calls happened: how long it worked before its first call, and after its last.
import { readFileSync } from "node:fs";
import { Agent, createServer, request } from "node:http";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    ids: { type: "string" },
    blocked: { type: "string", default: "0" },
    "page-size": { type: "string", default: "10000" },
    latency: { type: "string", default: "0" },
    seed: { type: "string", default: "1" },
    manifest: { type: "string" },
  },
});

let startSandbox;
try {
  ({ startSandbox } = await import("../dist/sandbox/index.js"));
} catch (error) {
  process.stderr.write(
    `bench: cannot load dist/sandbox/index.js (${error.message}). Run \`npm run build\` first.\n`,
  );
  process.exit(1);
}

const readIds = (file) => (file ? readFileSync(file, "utf8").split("\n").filter(Boolean) : []);
const followers = readIds(values.ids);
const blocked = Number(values.blocked);
const latencyMs = Number(values.latency);
const manifest = values.manifest ? JSON.parse(readFileSync(values.manifest, "utf8")) : null;
const sandbox = await startSandbox({
  seed: Number(values.seed),
  pageSize: Number(values["page-size"]),
  faults: latencyMs > 0 ? { latencyMs } : {},
  ...(manifest
    ? {
        accounts: manifest.map((account) => {
          const ids = readIds(account.ids);
          return {
            name: account.name,
            state: { followers: ids, blacklist: ids.slice(0, account.blocked) },
            faults: { ...(latencyMs > 0 ? { latencyMs } : {}), ...account.faults },
          };
        }),
      }
    : { state: { followers, blacklist: followers.slice(0, blocked) } }),
});
const proxy = await startTimingProxy(new URL(sandbox.url));
process.stdout.write(
  manifest
    ? `WECHAT_API_BASE=${proxy.url}\n${sandbox.accounts
        .map((a) => `WECHAT_${a.env}_APPID=${a.appid}\nWECHAT_${a.env}_APPSECRET=${a.secret}\n`)
        .join("")}# ready\n`
    : `WECHAT_API_BASE=${proxy.url}\nWECHAT_APPID=${sandbox.appid}\nWECHAT_APPSECRET=${sandbox.secret}\n`,
);

let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  proxy.server.close();
  await sandbox.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();

function startTimingProxy(target) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const timings = [];
  const now = () => performance.timeOrigin + performance.now();
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (path === "/__bench/timing") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(timings));
      return;
    }
    if (path === "/__sandbox/reset-log") timings.length = 0;
    const start = now();
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host, connection: "keep-alive" },
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on("end", () => {
          if (!path.startsWith("/__")) timings.push({ path, start, end: now() });
        });
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` });
    });
  });
}
