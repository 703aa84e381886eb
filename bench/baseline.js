// The naive baseline: what an operator would write with a general WeChat SDK (wechat-api,
// node-webot) instead of wxbl. Parse the YAML file the obvious way, page through the
// blacklist one call at a time, diff with two Sets, then (with --apply) send batches of 20
// one after the other. No retries, no guards, no verification: the cheapest honest script.
//
// wechat-api has no blacklist methods, so they are added with WechatAPI.patch, which is the
// SDK's documented way to reach an endpoint it does not wrap. Its token comes from
// GET /cgi-bin/token (the legacy endpoint that wxbl never calls unasked); against the sandbox
// that is harmless.
//
//   WECHAT_API_BASE=... WECHAT_APPID=... WECHAT_APPSECRET=... \
//   WXBL_BENCH_MEASURE_OUT=/tmp/m.json node bench/baseline.js --file x.yaml [--apply]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { parseArgs, promisify } from "node:util";
import YAML from "yaml";

const require = createRequire(import.meta.url);
const WechatAPI = require("wechat-api");

const { values } = parseArgs({
  options: { file: { type: "string" }, apply: { type: "boolean", default: false } },
});
const base = process.env.WECHAT_API_BASE;
const calls = { getblacklist: 0, batchblacklist: 0, batchunblacklist: 0 };

WechatAPI.patch("getBlacklist", `${base}/cgi-bin/tags/members/getblacklist`);
WechatAPI.patch("batchBlacklist", `${base}/cgi-bin/tags/members/batchblacklist`);
WechatAPI.patch("batchUnblacklist", `${base}/cgi-bin/tags/members/batchunblacklist`);
const api = new WechatAPI(process.env.WECHAT_APPID, process.env.WECHAT_APPSECRET);
api.endpoint = base; // the token URL is built from this; the patched URLs are absolute
const getBlacklist = promisify(api.getBlacklist.bind(api));
const batchBlacklist = promisify(api.batchBlacklist.bind(api));
const batchUnblacklist = promisify(api.batchUnblacklist.bind(api));

const phases = {};
let mark = performance.now();
const phase = (name) => {
  const now = performance.now();
  phases[name] = Math.round(now - mark);
  mark = now;
};

// 1. The desired list, read the obvious way.
const doc = YAML.parse(readFileSync(values.file, "utf8"));
const desired = new Set(doc.users.map((user) => (typeof user === "string" ? user : user.openid)));
phase("parse_ms");

// 2. The live list, one page after another.
const live = new Set();
let begin = "";
for (;;) {
  const page = await getBlacklist({ begin_openid: begin });
  calls.getblacklist++;
  const ids = page.data?.openid ?? [];
  if (ids.length === 0) break;
  for (const id of ids) live.add(id);
  if (!page.next_openid || page.next_openid === begin) break;
  begin = page.next_openid;
}
phase("read_live_ms");

// 3. The diff.
const toBlock = [...desired].filter((id) => !live.has(id));
const toUnblock = [...live].filter((id) => !desired.has(id));
console.log(`baseline plan: ${toBlock.length} to block, ${toUnblock.length} to unblock`);
phase("diff_ms");

// 4. The writes, one batch of 20 at a time.
if (values.apply) {
  for (let i = 0; i < toBlock.length; i += 20) {
    await batchBlacklist({ openid_list: toBlock.slice(i, i + 20) });
    calls.batchblacklist++;
  }
  for (let i = 0; i < toUnblock.length; i += 20) {
    await batchUnblacklist({ openid_list: toUnblock.slice(i, i + 20) });
    calls.batchunblacklist++;
  }
  console.log(`baseline apply: done in ${calls.batchblacklist + calls.batchunblacklist} calls`);
  phase("write_ms");
}

const usage = process.resourceUsage();
const out = process.env.WXBL_BENCH_MEASURE_OUT;
if (out) {
  writeFileSync(
    out,
    JSON.stringify({
      exit_code: 0,
      wall_ms: Math.round(performance.now()),
      user_ms: Math.round(usage.userCPUTime / 1000),
      system_ms: Math.round(usage.systemCPUTime / 1000),
      max_rss_mb: Math.round(usage.maxRSS / 1024),
      calls,
      phases,
    }),
  );
}
