// Many accounts (SPEC 11) at scale, for bench/run.js: `plan --all` over 10 to 100 accounts of
// 10,000 entries against a sandbox of as many accounts, and an apply across 20 accounts where
// one runs out of its daily quota. See bench/README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  desiredFileText,
  generateIds,
  idPrefix,
  layoutScenario,
  minimumPageReads,
} from "./desired-file.js";
import { countCalls, startSandboxProcess } from "./sandbox-control.js";
import { checkRow, count, infoRow, limitRow, megabytes, seconds } from "./table.js";

const TARGET = { accounts: 100, wallMs: 10_000, rssMb: 1_024 };

/** Account `i`'s name. */
export function accountName(i) {
  return `a${String(i + 1).padStart(3, "0")}`;
}

/**
 * `count` distinct real-shaped openids of account `i` (SPEC 7): they share their first 6
 * characters, the prefix of the account's own seed, then 22 random characters.
 */
function accountIds(i, count, seed) {
  const accountSeed = seed * 1_000 + i + 1;
  return generateIds(count, accountSeed, idPrefix(accountSeed));
}

/**
 * A config repository of `n` accounts (wxbl.yaml and a file each) and the sandbox accounts to
 * serve them: each account `live` blocked, `changes` differing (half to block, half to unblock).
 */
function layoutAccounts(root, n, live, changes, seed) {
  mkdirSync(join(root, "accounts"), { recursive: true });
  const block = Math.ceil(changes / 2);
  const unblock = changes - block;
  const yaml = ["accounts:"];
  const accounts = [];
  const layouts = [];
  for (let i = 0; i < n; i++) {
    const name = accountName(i);
    const layout = layoutScenario(accountIds(i, live + block, seed), { live, block, unblock });
    const file = `accounts/${name}.yaml`;
    yaml.push(`  ${name}:`, `    file: ${file}`);
    accounts.push({ name, followers: layout.followers, blocked: live });
    layouts.push({ name, file, ...layout });
  }
  writeFileSync(join(root, "wxbl.yaml"), `${yaml.join("\n")}\n`);
  return { accounts, layouts };
}

/** The files carry each account's appid (SPEC 11), known once the sandbox has made them. */
function writeFiles(root, layouts, env, live) {
  for (const layout of layouts) {
    const appid = env[`WECHAT_${layout.name.toUpperCase()}_APPID`];
    const text = desiredFileText(layout.desired.slice().sort(), { guardMax: live * 2, appid });
    writeFileSync(join(root, layout.file), text);
  }
}

/**
 * The scenarios, given bench/run.js's runner: `runNode(label, script, argv, sandbox, options)`
 * with `options.cwd`, its rows, its log and its temp dir.
 */
export function accountsScenarios({ quick, dir, runNode, rows, log, profile }) {
  const sizes = quick
    ? { plan: [5, 10, 20], entries: 2_000, apply: { accounts: 8, live: 500, changes: 100 } }
    : { plan: [10, 50, 100], entries: 10_000, apply: { accounts: 20, live: 2_000, changes: 200 } };
  const perAccount = [];

  // 1. plan --all across n accounts.
  async function planScenario(n) {
    const entries = sizes.entries;
    const scenario = `plan --all, ${n} accounts x ${count(entries)}`;
    log(`${scenario} (1% differing, no latency)`);
    const root = join(dir, `accounts-${n}`);
    const { accounts, layouts } = layoutAccounts(root, n, entries, Math.round(entries / 100), 31);
    const sandbox = await startSandboxProcess({ dir, accounts, log });
    try {
      writeFiles(root, layouts, sandbox.env, entries);
      await sandbox.resetLog();
      const planFile = join(root, "plans.json");
      const argv = ["plan", "--all", "--format", "json", "--out", planFile];
      const run = await runNode(`plan-accounts-${n}`, "measure.js", argv, sandbox, {
        cwd: root,
        profile,
      });
      if (!run.ok) {
        rows.push(
          checkRow(
            scenario,
            `exit ${run.code}: ${run.stderr.trim().split("\n")[0]?.slice(0, 60)}`,
            "exit 0",
            false,
          ),
        );
        return;
      }
      const wall = run.outer_wall_ms;
      const largest = n === TARGET.accounts && !quick;
      rows.push(
        largest
          ? limitRow(`${scenario}: wall`, {
              measured: seconds(wall),
              target: "< 10 s",
              value: wall,
              limit: TARGET.wallMs,
            })
          : infoRow(`${scenario}: wall`, seconds(wall), "(< 10 s applies at 100 accounts)"),
      );
      rows.push(
        infoRow(`${scenario}: CPU user+sys`, seconds(run.figures.user_ms + run.figures.system_ms)),
      );
      rows.push(
        largest
          ? limitRow(`${scenario}: peak RSS`, {
              measured: megabytes(run.figures.max_rss_mb),
              target: "< 1024 MB",
              value: run.figures.max_rss_mb,
              limit: TARGET.rssMb,
            })
          : infoRow(`${scenario}: peak RSS`, megabytes(run.figures.max_rss_mb)),
      );
      perAccount.push({ n, wall });
      rows.push(infoRow(`${scenario}: wall per account`, `${Math.round(wall / n)} ms`));
      // Every account planned exactly its differences, from the fewest page reads.
      const plans = existsSync(planFile)
        ? JSON.parse(readFileSync(planFile, "utf8"))
        : { accounts: {} };
      const expected = layouts[0].expected;
      const exact = layouts.filter(({ name }) => {
        const summary = plans.accounts[name]?.summary;
        return summary?.block === expected.block && summary?.unblock === expected.unblock;
      }).length;
      rows.push(
        checkRow(
          `${scenario}: plans`,
          `${exact} of ${n} exact`,
          `${n} of ${n}, +${expected.block} -${expected.unblock} each`,
          exact === n,
        ),
      );
      let pages = 0;
      for (const { name } of layouts)
        pages += countCalls((await sandbox.state({ blacklist: false, account: name })).calls).pages;
      const { min, max } = minimumPageReads(entries, 10_000);
      rows.push(
        checkRow(
          `${scenario}: page reads`,
          String(pages),
          `${min * n}..${max * n}`,
          pages >= min * n && pages <= max * n,
        ),
      );
    } finally {
      await sandbox.stop();
    }
  }

  // 2. How the time grows with the number of accounts.
  function growthRows() {
    if (perAccount.length < 2) return;
    const first = perAccount[0];
    const last = perAccount[perAccount.length - 1];
    rows.push(
      infoRow(
        `plan --all: ${first.n} -> ${last.n} accounts`,
        `${seconds(first.wall)} -> ${seconds(last.wall)}`,
        `x${last.n / first.n} accounts`,
        last.wall / first.wall,
      ),
    );
  }

  // 3. apply --all across accounts, one of which has no daily quota left after a few writes.
  async function applyScenario() {
    const { accounts: n, live, changes } = sizes.apply;
    const scenario = `apply --all, ${n} accounts, one out of quota`;
    log(scenario);
    const root = join(dir, `accounts-apply-${n}`);
    const { accounts, layouts } = layoutAccounts(root, n, live, changes, 37);
    const spent = accounts[Math.floor(n / 2)];
    spent.faults = { dailyWriteQuota: 3 };
    const sandbox = await startSandboxProcess({ dir, accounts, latencyMs: 50, log });
    try {
      writeFiles(root, layouts, sandbox.env, live);
      await sandbox.resetLog();
      const reportFile = join(root, "reports.json");
      const argv = ["apply", "--all", "--yes", "--report", reportFile];
      const run = await runNode(`apply-accounts-${n}`, "measure.js", argv, sandbox, { cwd: root });
      rows.push(
        checkRow(
          `${scenario}: exit code`,
          String(run.code),
          "1 (one account failed)",
          run.code === 1,
        ),
      );
      rows.push(infoRow(`${scenario}: wall`, seconds(run.outer_wall_ms)));
      const reports = existsSync(reportFile)
        ? JSON.parse(readFileSync(reportFile, "utf8"))
        : { accounts: {}, errors: {} };
      const others = layouts.filter((l) => l.name !== spent.name);
      let finished = 0;
      for (const layout of others) {
        const report = reports.accounts[layout.name];
        const after = (await sandbox.state({ account: layout.name })).blacklist;
        const matches =
          after.length === layout.desired.length &&
          new Set([...after, ...layout.desired]).size === after.length;
        if (report?.verified && report.remaining.block + report.remaining.unblock === 0 && matches)
          finished++;
      }
      rows.push(
        checkRow(
          `${scenario}: the others finished`,
          `${finished} of ${others.length}`,
          `${others.length}, verified`,
          finished === others.length,
        ),
      );
      // What remains on the spent account, by its live list, is what its report says.
      const layout = layouts.find((l) => l.name === spent.name);
      const after = new Set((await sandbox.state({ account: spent.name })).blacklist);
      const desired = new Set(layout.desired);
      const toBlock = layout.desired.filter((id) => !after.has(id)).length;
      const toUnblock = [...after].filter((id) => !desired.has(id)).length;
      const remaining = reports.accounts[spent.name]?.remaining;
      const exact =
        remaining?.block === toBlock && remaining?.unblock === toUnblock && toBlock + toUnblock > 0;
      rows.push(
        checkRow(
          `${scenario}: what remains on ${spent.name}`,
          remaining ? `report +${remaining.block} -${remaining.unblock}` : "no report",
          `live: +${toBlock} -${toUnblock}`,
          exact &&
            reports.errors[spent.name]?.exit_code === 1 &&
            Object.keys(reports.errors).length === 1,
        ),
      );
    } finally {
      await sandbox.stop();
    }
  }

  return [
    ...sizes.plan.map((n) => ({ name: `accounts-plan-${n}`, run: () => planScenario(n) })),
    { name: "accounts-plan-growth", run: async () => growthRows() },
    { name: "accounts-apply", run: applyScenario },
  ];
}
