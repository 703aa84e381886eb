#!/usr/bin/env node
// `npm run demo`: the whole tool, end to end, against the built-in WeChat sandbox.
// It starts the sandbox in this process with a live blacklist that differs from the
// repository's blacklist.yaml, then runs the real CLI: block (a moderator's 7-day ban), plan,
// apply --only-expired (a temporary ban lifts on its day), apply --yes, plan.
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDesired } from "../dist/desired/load-desired.js";
import { startSandbox } from "../dist/sandbox/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "wxbl.js");
const bold = (text) =>
  process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${text}\x1b[0m` : text;

// 1. The desired state: the repository's blacklist.yaml, copied so the demo never edits it,
//    plus one entry whose block has expired (it should be lifted).
const work = await mkdtemp(join(tmpdir(), "wxbl-demo-"));
const file = join(work, "blacklist.yaml");
await copyFile(join(root, "blacklist.yaml"), file);
const expiredId = "oDemoExpired0000000000000000";
const timeoutId = "oDemoFlooder0000000000000000";
await writeFile(
  file,
  `${await readFile(file, "utf8")}  - openid: ${expiredId}\n    reason: one-week timeout for flooding (demo)\n    expires: 2026-01-01\n`,
);
const { state } = await loadDesired(file);
if (!state) throw new Error("blacklist.yaml is not valid: run `node bin/wxbl.js validate`");
const wanted = state.users.map((user) => user.openid).filter((id) => id !== expiredId);

// 2. The live account: some of the file's users already blocked, two blocked by hand in the
//    admin console (not in the file), and the expired entry still blocked.
const strangers = ["oStrangerBlockedByHand000001", "oStrangerBlockedByHand000002"];
const alreadyBlocked = wanted.slice(0, Math.ceil(wanted.length / 2));
const followers = [...wanted, ...strangers, expiredId, timeoutId, "oOrdinaryFollower00000000001"];
const sandbox = await startSandbox({
  seed: 7,
  state: { followers, blacklist: [...alreadyBlocked, ...strangers, expiredId] },
});
const env = {
  ...process.env,
  WECHAT_API_BASE: sandbox.url,
  WECHAT_APPID: sandbox.appid,
  WECHAT_APPSECRET: sandbox.secret,
};
delete env.WECHAT_ACCESS_TOKEN;

function run(args) {
  const shown = args.map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg));
  console.log(`\n${bold(`$ wxbl ${shown.join(" ")}`)}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: work, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

let failed = false;
try {
  console.log(bold(`wxbl demo: a WeChat sandbox is running on ${sandbox.url}`));
  console.log(`Working on a copy of blacklist.yaml in ${work}, with one expired entry added.`);
  console.log(
    `The file wants ${wanted.length} users blocked; the live account has ${alreadyBlocked.length} of them,` +
      ` ${strangers.length} users blocked by hand in the admin console, and one block that expired on 2026-01-01.`,
  );
  console.log("1. block: a moderator bans a flooder for a week; only the file changes, not WeChat");
  const blocked = await run([
    "block",
    timeoutId,
    "--reason",
    "flooding the comments",
    "--expires",
    "7d",
  ]);
  console.log("\n2. plan: what would change (read-only; exit 2 means changes are pending)");
  const first = await run(["plan", "--detailed-exitcode"]);
  console.log(
    "\n3. apply --only-expired: the daily job lifts the expired ban, and changes nothing else",
  );
  const lifted = await run(["apply", "--only-expired", "--yes"]);
  const live = new Set(sandbox.state().blacklist);
  const liftedOnly = !live.has(expiredId) && strangers.every((id) => live.has(id));
  console.log("\n4. apply: make the live list match, in batches of up to 20, then verify");
  const applied = await run(["apply", "--yes"]);
  console.log("\n5. plan again: nothing left to do");
  const second = await run(["plan", "--detailed-exitcode"]);
  const codes = [blocked, first, lifted, applied, second];
  failed = codes.join() !== "0,2,0,0,0" || !liftedOnly;
  const calls = sandbox.state().calls.filter((call) => call.path.includes("blacklist"));
  console.log(
    `\n${bold(failed ? "The demo did not go as expected (exit codes " + codes.join(", ") + ")." : "Done.")}` +
      ` The sandbox served ${calls.length} blacklist calls. Try it on your own copy: edit blacklist.yaml,` +
      " run `node bin/wxbl.js validate`, and start a sandbox to play with: `node bin/wxbl.js sandbox --followers 1000 --blocked 100`.",
  );
} finally {
  await sandbox.close();
  await rm(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
