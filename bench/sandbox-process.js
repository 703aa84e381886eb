// The sandbox as a separate process for the benchmark, so that its CPU does not count against
// the tool. Reads the account from a file of openids (one a line; the first --blocked of them
// are on the blacklist, all are followers), starts the library sandbox of dist/ and prints
//   WECHAT_API_BASE=http://127.0.0.1:PORT
//   WECHAT_APPID=wx...
//   WECHAT_APPSECRET=...
// on stdout once it listens. Stops on SIGTERM or when stdin closes (the parent died).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    ids: { type: "string" },
    blocked: { type: "string", default: "0" },
    "page-size": { type: "string", default: "10000" },
    latency: { type: "string", default: "0" },
    seed: { type: "string", default: "1" },
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

const followers = values.ids ? readFileSync(values.ids, "utf8").split("\n").filter(Boolean) : [];
const blocked = Number(values.blocked);
const latencyMs = Number(values.latency);
const sandbox = await startSandbox({
  seed: Number(values.seed),
  pageSize: Number(values["page-size"]),
  state: { followers, blacklist: followers.slice(0, blocked) },
  faults: latencyMs > 0 ? { latencyMs } : {},
});
process.stdout.write(
  `WECHAT_API_BASE=${sandbox.url}\nWECHAT_APPID=${sandbox.appid}\nWECHAT_APPSECRET=${sandbox.secret}\n`,
);

let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await sandbox.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();
