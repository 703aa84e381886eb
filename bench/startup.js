// `npm run bench:startup`: the start-up targets of SPEC section 7, side by side with `node -e 0`.
// Spawns each command N times in turn (one run of each, then the next round), so a change in
// the machine's load hits them all alike, and reports medians and ratios of medians:
// `wxbl --version` within 1.5x and `wxbl validate` of the example blacklist.yaml within 2.5x.
//
//   node bench/startup.js [--runs 40] [--warmup 3] [--bin bin/wxbl.js] [--json FILE] [--any-exit]
//
// Wall time of a spawned process, from spawn to exit, as an operator's shell sees it. The
// first --warmup rounds are not counted (they fill the OS file cache and Node's compile cache).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatTable, limitRow } from "./table.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** SPEC 7: start-up limits as multiples of `node -e 0`. */
export const STARTUP_TARGETS = { version: 1.5, validate: 2.5 };

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The order of the runs: `rounds` rounds, each running every command once, the order rotated
 * by one each round so that no command always runs right after the same other one.
 */
export function interleave(names, rounds) {
  const order = [];
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < names.length; i += 1) order.push(names[(i + round) % names.length]);
  }
  return order;
}

/**
 * Medians per command and each command's ratio to the reference command's median.
 * `samples` maps a name to its wall times in milliseconds.
 */
export function summarize(samples, reference) {
  const medians = Object.fromEntries(
    Object.entries(samples).map(([name, times]) => [name, median(times)]),
  );
  const base = medians[reference];
  return Object.fromEntries(
    Object.entries(medians).map(([name, ms]) => [name, { median_ms: ms, ratio: ms / base }]),
  );
}

/** The three commands SPEC 7 compares, as `node` arguments, run from the repository root. */
export function startupCommands(bin) {
  return {
    "node -e 0": ["-e", "0"],
    version: [bin, "--version"],
    validate: [bin, "validate", "--file", "blacklist.yaml"],
  };
}

function timeOnce(args, env, anyExit) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: "ignore" });
  const ms = performance.now() - started;
  if (result.status !== 0 && !anyExit) {
    throw new Error(`node ${args.join(" ")} exited ${result.status ?? result.signal}`);
  }
  return ms;
}

/**
 * Times the three commands side by side: `runs` rounds after `warmup` rounds, and returns the
 * table rows (SPEC 7 limits) and the figures.
 */
export function measureStartup({
  runs = 40,
  warmup = 3,
  bin = join(ROOT, "bin", "wxbl.js"),
  anyExit = false,
} = {}) {
  const commands = startupCommands(bin);
  const names = Object.keys(commands);
  // No colour, no GitHub annotations, no language surprises: the same work on every machine.
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1" };
  for (const name of interleave(names, warmup)) timeOnce(commands[name], env, anyExit);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of interleave(names, runs))
    samples[name].push(timeOnce(commands[name], env, anyExit));
  const summary = summarize(samples, "node -e 0");
  const node = summary["node -e 0"].median_ms;
  const rows = [
    {
      scenario: "start-up: node -e 0",
      measured: `${node.toFixed(1)} ms`,
      target: `(reference, median of ${runs})`,
      ratio: 1,
      result: "info",
    },
    ...Object.entries(STARTUP_TARGETS).map(([name, factor]) =>
      limitRow(`start-up: wxbl ${name === "validate" ? "validate blacklist.yaml" : "--version"}`, {
        measured: `${summary[name].median_ms.toFixed(1)} ms`,
        target: `<= ${factor} x node -e 0 = ${(node * factor).toFixed(1)} ms`,
        value: summary[name].median_ms,
        limit: node * factor,
        ratioOf: summary[name].ratio,
      }),
    ),
  ];
  return { rows, summary, samples };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: flags } = parseArgs({
    options: {
      runs: { type: "string", default: "40" },
      warmup: { type: "string", default: "3" },
      bin: { type: "string", default: join(ROOT, "bin", "wxbl.js") },
      json: { type: "string" },
      // Time a build whose --version was still an error (wxbl 0.1.0), for a before/after.
      "any-exit": { type: "boolean", default: false },
    },
  });
  const runs = Number(flags.runs);
  const loadBefore = loadavg()[0];
  process.stderr.write(
    `start-up: ${runs} runs of each (after ${flags.warmup} warm-up rounds), ${relative(ROOT, flags.bin)}, ${process.version}, load ${loadBefore.toFixed(1)} on ${cpus().length} CPUs\n`,
  );
  const { rows, summary, samples } = measureStartup({
    runs,
    warmup: Number(flags.warmup),
    bin: flags.bin,
    anyExit: flags["any-exit"],
  });
  const loadAfter = loadavg()[0];
  process.stdout.write(formatTable(rows));
  process.stdout.write(
    `medians of ${runs}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after\n`,
  );
  if (flags.json) {
    const figures = {
      node: process.version,
      runs,
      load: [loadBefore, loadAfter],
      summary,
      samples,
    };
    writeFileSync(flags.json, `${JSON.stringify(figures, null, 2)}\n`);
  }
  process.exitCode = rows.some((row) => row.result === "fail") ? 1 : 0;
}
