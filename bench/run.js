// `npm run bench`: measures wxbl against SPEC section 7 and against a naive baseline.
// See bench/README.md. Flags: --quick (reduced sizes, under a minute), --only TEXT (scenarios
// whose name contains TEXT: startup, scale, latency, apply, accounts), --skip-baseline, --cpu-prof (profiles of
// every wxbl run into the temp dir, kept), --keep (keep the temp dir), --strict (exit 1 when a
// target is missed, not only when a run fails).
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import {
  desiredFileText,
  generateIds,
  idPrefix,
  layoutScenario,
  minimumPageReads,
  minimumWrites,
} from "./desired-file.js";
import { accountsScenarios } from "./accounts.js";
import { summarizeProfile } from "./profile-top.js";
import { countCalls, startSandboxProcess, timeline } from "./sandbox-control.js";
import { measureStartup } from "./startup.js";
import { checkRow, count, formatTable, infoRow, limitRow, megabytes, seconds } from "./table.js";

const HERE = new URL(".", import.meta.url).pathname;
const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    "skip-baseline": { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
  },
});

const LATENCY_MS = 50;
const LATENCY_PAGE_SIZE = 1_000;
const DIFF_SHARE = 0.01; // of the live list: half of it to block, half to unblock
const FACTOR = 1.15;
const SIZES = flags.quick
  ? { scale: [10_000, 50_000], latencyPlan: 10_000, apply: 1_000, concurrency: [1, 4, 8] }
  : { scale: [100_000, 1_000_000], latencyPlan: 100_000, apply: 10_000, concurrency: [1, 4, 8] };
const SCALE_TARGET = { live: 1_000_000, wallMs: 5_000, rssMb: 1_024 };

const log = (line) => process.stderr.write(`${line}\n`);
const dir = mkdtempSync(join(tmpdir(), "wxbl-bench-"));
const rows = [];
const runs = [];
/** The openid prefix of each scenario's account, by scenario file name. */
const prefixes = {};
let broken = false;

if (!existsSync(join(HERE, "../dist/cli/main.js")) || !existsSync(join(HERE, "../dist/wxbl.cjs"))) {
  log("bench: dist/ is missing: run `npm run build` (npm run bench does).");
  process.exit(1);
}

/** Runs `node script argv` with figures written by the script; stdout goes to a file. */
async function runNode(label, script, argv, sandbox, { profile = false, cwd = dir } = {}) {
  const measureFile = join(dir, `${label}.measure.json`);
  const stdoutFile = join(dir, `${label}.stdout`);
  const stderrFile = join(dir, `${label}.stderr`);
  rmSync(measureFile, { force: true });
  const outFd = openSync(stdoutFile, "w");
  const errFd = openSync(stderrFile, "w");
  const nodeFlags = profile
    ? [
        "--cpu-prof",
        "--cpu-prof-dir",
        join(dir, "profiles"),
        "--cpu-prof-name",
        `${label}.cpuprofile`,
      ]
    : [];
  const started = performance.now();
  const startedAt = performance.timeOrigin + started;
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, join(HERE, script), ...argv], {
      cwd,
      env: { ...cleanEnv(), ...sandbox.env, WXBL_BENCH_MEASURE_OUT: measureFile },
      stdio: ["ignore", outFd, errFd],
    });
    child.on("error", reject);
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? signal));
  });
  const outerMs = performance.now() - started;
  const endedAt = startedAt + outerMs;
  closeSync(outFd);
  closeSync(errFd);
  const figures = existsSync(measureFile) ? JSON.parse(readFileSync(measureFile, "utf8")) : null;
  const stderr = readFileSync(stderrFile, "utf8");
  const run = {
    label,
    argv,
    code,
    outer_wall_ms: Math.round(outerMs),
    figures,
    stdoutFile,
    timeline: timeline(await sandbox.timing(), startedAt, endedAt),
  };
  runs.push(run);
  if (code !== 0) {
    broken = true;
    log(`  ${label}: exit ${code}: ${stderr.trim().split("\n").slice(0, 3).join(" | ")}`);
  } else {
    log(`  ${label}: ${seconds(outerMs)} wall${figures ? `, ${figures.max_rss_mb} MB peak` : ""}`);
  }
  return Object.assign(run, { ok: code === 0 && figures !== null, stderr });
}

/** The benchmark's children see only what they need: no token, no proxy, no colour. */
function cleanEnv() {
  const env = { ...process.env, NO_COLOR: "1", NO_PROXY: "127.0.0.1,localhost" };
  for (const key of Object.keys(env)) {
    if (/^(WECHAT_|HTTPS?_PROXY$|https?_proxy$)/.test(key)) delete env[key];
  }
  return env;
}

/**
 * A scenario's account and file: `live` blocked, `changes` differing (half each way). The ids
 * are one account's: they share the seed's 6-character prefix (SPEC section 7), which is what
 * a real account's list looks like to the sorts and hashes of the tool.
 */
function prepare(name, live, changes, seed, { unsorted = false } = {}) {
  const block = Math.ceil(changes / 2);
  const unblock = changes - block;
  const prefix = idPrefix(seed);
  prefixes[name] = prefix;
  const ids = generateIds(live + block, seed, prefix);
  const layout = layoutScenario(ids, { live, block, unblock });
  // The canonical file is in openid order, as `wxbl fmt` and `wxbl export` write it.
  const sorted = layout.desired.slice().sort();
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, desiredFileText(sorted, { guardMax: live + block }));
  const unsortedFile = unsorted ? join(dir, `${name}-unsorted.yaml`) : null;
  if (unsortedFile)
    writeFileSync(unsortedFile, desiredFileText(layout.desired, { guardMax: live + block }));
  return { ...layout, prefix, file, unsortedFile };
}

function wallOf(run) {
  return run.outer_wall_ms;
}

function cpuOf(run) {
  return run.figures ? run.figures.user_ms + run.figures.system_ms : NaN;
}

function planSummary(run, planFile) {
  try {
    const text = existsSync(planFile)
      ? readFileSync(planFile, "utf8")
      : readFileSync(run.stdoutFile, "utf8");
    return JSON.parse(text).summary;
  } catch {
    return null;
  }
}

function failedRun(scenario, run, baseline = null) {
  const first = run.stderr.trim().split("\n")[0] ?? "";
  rows.push(checkRow(scenario, `exit ${run.code}: ${first.slice(0, 60)}`, "exit 0", false));
  if (baseline) {
    const { figures } = baseline.run;
    const measured = `${seconds(wallOf(baseline.run))}, ${megabytes(figures.max_rss_mb)}`;
    rows.push(infoRow(`${scenario}: baseline alone`, measured, "(no tool figure)"));
  }
}

async function baselineRun(label, sandbox, file, apply) {
  if (flags["skip-baseline"]) return null;
  await sandbox.resetLog();
  const run = await runNode(
    label,
    "baseline.js",
    ["--file", file, ...(apply ? ["--apply"] : [])],
    sandbox,
  );
  return run.ok
    ? { run, calls: countCalls((await sandbox.state({ blacklist: false })).calls) }
    : null;
}

function baselineRows(scenario, tool, baseline) {
  if (!baseline) return;
  rows.push(
    infoRow(
      `${scenario}: wall vs baseline`,
      `${seconds(wallOf(tool))} vs ${seconds(wallOf(baseline.run))}`,
      "tool / baseline",
      wallOf(tool) / wallOf(baseline.run),
    ),
  );
  rows.push(
    infoRow(
      `${scenario}: peak RSS vs baseline`,
      `${megabytes(tool.figures.max_rss_mb)} vs ${megabytes(baseline.run.figures.max_rss_mb)}`,
      "tool / baseline",
      tool.figures.max_rss_mb / baseline.run.figures.max_rss_mb,
    ),
  );
}

// 1. Plan at scale, no latency.
async function scaleScenario(live) {
  const setup = prepare(`scale-${live}`, live, Math.round(live * DIFF_SHARE), 11, {
    unsorted: true,
  });
  log(`plan ${count(live)} vs ${count(live)} (1% differing, no latency, openids ${setup.prefix}…)`);
  rows.push(
    infoRow(
      `plan ${count(live)} vs ${count(live)}: openids`,
      `${setup.prefix} + 22`,
      "one account's shape (SPEC 7)",
    ),
  );
  const sandbox = await startSandboxProcess({
    dir,
    followers: setup.followers,
    blocked: live,
    log,
  });
  try {
    const baseline = await baselineRun(`baseline-plan-${count(live)}`, sandbox, setup.file, false);
    const variants = [
      { file: setup.file, order: "sorted", label: "" },
      { file: setup.unsortedFile, order: "unsorted", label: "-unsorted" },
    ];
    for (const { file, order, label } of variants) {
      const scenario = `plan ${count(live)} vs ${count(live)}, ${order} file`;
      await sandbox.resetLog();
      const planFile = join(dir, `scale-${live}${label}.plan.json`);
      const argv = ["plan", "--file", file, "--format", "json", "--out", planFile];
      const run = await runNode(`plan-${count(live)}${label}`, "measure.js", argv, sandbox, {
        profile: flags["cpu-prof"],
      });
      const calls = countCalls((await sandbox.state({ blacklist: false })).calls);
      if (!run.ok) {
        failedRun(scenario, run, baseline);
        continue;
      }
      scaleRows(scenario, live, run, calls);
      planRows(scenario, planSummary(run, planFile), setup.expected);
      baselineRows(scenario, run, baseline);
    }
  } finally {
    await sandbox.stop();
  }
}

function scaleRows(scenario, live, run, calls) {
  const largest = live === Math.max(...SIZES.scale);
  // The wall target is for 1M only: start-up costs do not shrink with the list, so a scaled
  // target for a smaller list would mean nothing.
  rows.push(
    live === SCALE_TARGET.live
      ? limitRow(`${scenario}: wall`, {
          measured: seconds(wallOf(run)),
          target: "< 5 s",
          value: wallOf(run),
          limit: SCALE_TARGET.wallMs,
        })
      : infoRow(`${scenario}: wall`, seconds(wallOf(run)), "(< 5 s applies at 1M)"),
  );
  rows.push(infoRow(`${scenario}: CPU user+sys`, seconds(cpuOf(run))));
  rows.push(
    largest
      ? limitRow(`${scenario}: peak RSS`, {
          measured: megabytes(run.figures.max_rss_mb),
          target: "< 1024 MB",
          value: run.figures.max_rss_mb,
          limit: SCALE_TARGET.rssMb,
        })
      : infoRow(`${scenario}: peak RSS`, megabytes(run.figures.max_rss_mb)),
  );
  if (run.timeline) {
    const {
      before_first_call_ms: before,
      calls_span_ms: span,
      after_last_call_ms: after,
    } = run.timeline;
    rows.push(
      infoRow(
        `${scenario}: where the time went`,
        `${seconds(before)} / ${seconds(span)} / ${seconds(after)}`,
        "before first call / calls / after last",
      ),
    );
  }
  pageRows(scenario, calls.pages, live, 10_000);
}

function pageRows(scenario, pages, live, pageSize) {
  const { min, max } = minimumPageReads(live, pageSize);
  rows.push(
    checkRow(
      `${scenario}: page reads`,
      String(pages),
      `${min}..${max}`,
      pages >= min && pages <= max,
    ),
  );
}

function planRows(scenario, summary, expected) {
  const measured = summary ? `+${summary.block} -${summary.unblock}` : "no plan JSON";
  const ok =
    summary !== null && summary.block === expected.block && summary.unblock === expected.unblock;
  rows.push(checkRow(`${scenario}: plan`, measured, `+${expected.block} -${expected.unblock}`, ok));
}

// 2. Plan with latency: local work must overlap the sequential page reads.
async function latencyScenario() {
  const live = SIZES.latencyPlan;
  const scenario = `plan ${count(live)} @${LATENCY_MS}ms, ${LATENCY_PAGE_SIZE}/page`;
  const setup = prepare(`latency-${live}`, live, Math.round(live * DIFF_SHARE), 12);
  log(`${scenario} (openids ${setup.prefix}…)`);
  const sandbox = await startSandboxProcess({
    dir,
    followers: setup.followers,
    blocked: live,
    pageSize: LATENCY_PAGE_SIZE,
    latencyMs: LATENCY_MS,
    log,
  });
  try {
    const roundTrip = await sandbox.calibrate();
    rows.push(
      infoRow(
        `calibration: one call @${LATENCY_MS}ms`,
        `${roundTrip.toFixed(1)} ms`,
        `${LATENCY_MS} ms on an idle machine`,
        roundTrip / LATENCY_MS,
      ),
    );
    await sandbox.resetLog();
    const planFile = join(dir, `latency-${live}.plan.json`);
    const argv = ["plan", "--file", setup.file, "--format", "json", "--out", planFile];
    const run = await runNode(`plan-latency-${count(live)}`, "measure.js", argv, sandbox, {
      profile: flags["cpu-prof"],
    });
    const calls = countCalls((await sandbox.state({ blacklist: false })).calls);
    const baseline = await baselineRun(
      `baseline-plan-latency-${count(live)}`,
      sandbox,
      setup.file,
      false,
    );
    if (!run.ok) return failedRun(scenario, run, baseline);
    const bound = calls.pages * LATENCY_MS;
    rows.push(
      limitRow(`${scenario}: wall`, {
        measured: seconds(wallOf(run)),
        target: `<= ${FACTOR} x ${calls.pages} pages x ${LATENCY_MS} ms = ${seconds(bound * FACTOR)}`,
        value: wallOf(run),
        limit: bound * FACTOR,
        ratioOf: wallOf(run) / bound,
      }),
    );
    pageRows(scenario, calls.pages, live, LATENCY_PAGE_SIZE);
    planRows(scenario, planSummary(run, planFile), setup.expected);
    baselineRows(scenario, run, baseline);
  } finally {
    await sandbox.stop();
  }
}

// 3. Apply with latency at several concurrencies; a fresh account for every run.
async function applyScenario() {
  const changes = SIZES.apply;
  const live = changes; // half of them unblocked, as many new ones blocked
  const setup = prepare(`apply-${changes}`, live, changes, 13);
  const writes = minimumWrites(setup.expected.block, setup.expected.unblock);
  const desired = new Set(setup.desired);
  const fresh = () =>
    startSandboxProcess({
      dir,
      followers: setup.followers,
      blocked: live,
      latencyMs: LATENCY_MS,
      log,
    });
  const toolRuns = [];
  for (const concurrency of SIZES.concurrency) {
    const scenario = `apply ${count(changes)} @${LATENCY_MS}ms, C=${concurrency}`;
    log(`${scenario} (openids ${setup.prefix}…)`);
    const sandbox = await fresh();
    try {
      await sandbox.resetLog();
      const argv = ["apply", "--file", setup.file, "--yes", "--force", "--no-verify"];
      argv.push("--concurrency", String(concurrency));
      const run = await runNode(
        `apply-${count(changes)}-c${concurrency}`,
        "measure.js",
        argv,
        sandbox,
        {
          profile: flags["cpu-prof"],
        },
      );
      if (!run.ok) {
        failedRun(scenario, run);
        continue;
      }
      const state = await sandbox.state();
      const calls = countCalls(state.calls);
      const bound = Math.ceil(writes / concurrency) * LATENCY_MS;
      rows.push(
        limitRow(`${scenario}: wall`, {
          measured: seconds(wallOf(run)),
          target: `<= ${FACTOR} x ceil(${writes}/${concurrency}) x ${LATENCY_MS} ms = ${seconds(bound * FACTOR)}`,
          value: wallOf(run),
          limit: bound * FACTOR,
          ratioOf: wallOf(run) / bound,
        }),
      );
      const allCalls = calls.token + calls.pages + Math.ceil(calls.writes / concurrency);
      rows.push(
        infoRow(
          `${scenario}: wall vs every call`,
          seconds(wallOf(run)),
          `(${calls.token} token + ${calls.pages} pages + ceil(W/C)) x ${LATENCY_MS} ms = ${seconds(allCalls * LATENCY_MS)}`,
          wallOf(run) / (allCalls * LATENCY_MS),
        ),
      );
      if (run.timeline) {
        rows.push(
          infoRow(
            `${scenario}: write phase`,
            seconds(run.timeline.writes_span_ms),
            `ceil(W/C) x ${LATENCY_MS} ms = ${seconds(bound)}`,
            run.timeline.writes_span_ms / bound,
          ),
        );
      }
      rows.push(
        checkRow(
          `${scenario}: write calls`,
          String(calls.writes),
          `= ${writes}`,
          calls.writes === writes,
        ),
      );
      const after = state.blacklist;
      const matches = after.length === desired.size && after.every((id) => desired.has(id));
      rows.push(
        checkRow(
          `${scenario}: live = desired`,
          `${after.length} blocked`,
          `${desired.size}, same ids`,
          matches,
        ),
      );
      toolRuns.push({ scenario, run });
    } finally {
      await sandbox.stop();
    }
  }
  if (flags["skip-baseline"]) return;
  log(`baseline apply ${count(changes)} @${LATENCY_MS}ms`);
  const sandbox = await fresh();
  try {
    const baseline = await baselineRun(
      `baseline-apply-${count(changes)}`,
      sandbox,
      setup.file,
      true,
    );
    if (!baseline) return;
    rows.push(
      infoRow(
        `baseline apply ${count(changes)}: write calls`,
        String(baseline.calls.writes),
        `minimum ${writes}`,
      ),
    );
    for (const { scenario, run } of toolRuns) baselineRows(scenario, run, baseline);
  } finally {
    await sandbox.stop();
  }
}

/** SPEC 7 start-up: `wxbl --version` and `wxbl validate` against `node -e 0` (bench/startup.js). */
async function startupScenario() {
  log("start-up: node -e 0, wxbl --version, wxbl validate, side by side");
  rows.push(...measureStartup({ runs: flags.quick ? 10 : 40 }).rows);
}

const scenarios = [
  { name: "startup", run: startupScenario },
  ...SIZES.scale.map((live) => ({ name: `scale-${live}`, run: () => scaleScenario(live) })),
  { name: "latency", run: latencyScenario },
  { name: "apply", run: applyScenario },
  ...accountsScenarios({
    quick: flags.quick,
    dir,
    runNode,
    rows,
    log,
    profile: flags["cpu-prof"],
  }),
];
const loadBefore = loadavg();
log(`wxbl bench${flags.quick ? " --quick" : ""}: temp dir ${dir}`);
if (loadBefore[0] > cpus().length * 0.5) {
  log(
    `Warning: load average ${loadBefore[0].toFixed(1)} on ${cpus().length} CPUs: figures will be slow and noisy.`,
  );
}
log(
  "The baseline (wechat-api) gets its token from GET /cgi-bin/token, which is harmless against the sandbox.",
);
try {
  for (const scenario of scenarios) {
    if (flags.only && !scenario.name.includes(flags.only)) continue;
    try {
      await scenario.run();
    } catch (error) {
      broken = true;
      log(`${scenario.name}: ${error.message}`);
      rows.push(checkRow(scenario.name, `error: ${error.message.slice(0, 60)}`, "runs", false));
    }
  }
} finally {
  if (!flags.keep && !flags["cpu-prof"]) rmSync(dir, { recursive: true, force: true });
  else log(`kept ${dir}`);
}

const results = {
  format: "wxbl-bench/1",
  generated_at: new Date().toISOString(),
  quick: flags.quick,
  node: process.version,
  cpus: cpus().length,
  memory_gb: Math.round(totalmem() / 2 ** 30),
  load_average_before: loadBefore.map((n) => Number(n.toFixed(2))),
  load_average_after: loadavg().map((n) => Number(n.toFixed(2))),
  latency_ms: LATENCY_MS,
  openid_prefixes: prefixes,
  baseline:
    "wechat-api (node-webot), blacklist methods added with WechatAPI.patch; token via GET /cgi-bin/token",
  rows,
  runs: runs.map(({ stdoutFile: _o, stderr: _e, ok: _ok, ...run }) => run),
};
writeFileSync(join(HERE, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\n${formatTable(rows)}`);
if (flags["cpu-prof"]) {
  for (const run of runs) {
    const profile = join(dir, "profiles", `${run.label}.cpuprofile`);
    if (existsSync(profile)) process.stdout.write(`\n${summarizeProfile(profile, 12)}`);
  }
}
const failed = rows.filter((row) => row.result === "fail").length;
const checked = rows.filter((row) => row.result !== "info").length;
process.stdout.write(
  `\n${checked - failed} of ${checked} checks met; figures in bench/results.json\n`,
);
process.exitCode = broken || (flags.strict && failed > 0) ? 1 : 0;
