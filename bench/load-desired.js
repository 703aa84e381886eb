// Loader benchmark (SPEC section 7): generates a desired-state file of N entries (half bare,
// half with a reason), loads it with the compiled loader and prints wall time, CPU time and
// peak RSS. Run after `npm run build`:
//   node bench/load-desired.js 100000
//   /usr/bin/time -v node bench/load-desired.js 1000000     (max RSS of the whole process)
// Options: --keep (leave the generated file in the temp dir), --fmt (also time formatDesired),
// --sorted (users in openid order, as fmt and export write them; by default they are in no
// order, as in a hand-kept file, which is the slower case for the duplicate check).
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadDesired } from "../dist/desired/load-desired.js";
import { generateIds, idPrefix } from "./desired-file.js";

const count = Number(process.argv[2] ?? 100_000);
/** One account's openids (a shared 6-character prefix, SPEC section 7), as in bench/run.js. */
const SEED = 11;

function generate(n, sorted) {
  const lines = [
    "# yaml-language-server: $schema=./schema/blacklist.schema.json",
    "version: 1",
    "users:",
  ];
  const openids = generateIds(n, SEED);
  if (sorted) openids.sort();
  for (let i = 0; i < n; i++) {
    const id = openids[i];
    if (i % 2 === 0) lines.push(`  - ${id}`);
    else lines.push(`  - openid: ${id}`, `    reason: spam links in replies (#${i})`);
  }
  return lines.join("\n") + "\n";
}

const fileFlag = process.argv.indexOf("--file");
if (fileFlag > 0) {
  // The measured run: a fresh process that only loads, so peak RSS is the loader's own.
  await measure(process.argv[fileFlag + 1]);
} else {
  const dir = await mkdtemp(join(tmpdir(), "wxbl-bench-"));
  const file = join(dir, "blacklist.yaml");
  await writeFile(file, generate(count, process.argv.includes("--sorted")));
  const extra = process.argv.filter((a) => a === "--fmt" || a === "--sorted");
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), String(count), "--file", file, ...extra],
    {
      stdio: "inherit",
    },
  );
  if (!process.argv.includes("--keep")) await rm(dir, { recursive: true });
  else console.log(file);
  process.exitCode = child.status ?? 1;
}

async function measure(file) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await loadDesired(file);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  console.log(
    JSON.stringify({
      entries: count,
      openid_prefix: idPrefix(SEED),
      sorted: process.argv.includes("--sorted"),
      loaded: result.state?.users.length ?? 0,
      errors: errors.length,
      first_error: errors[0]?.message,
      wall_ms: Math.round(wall),
      cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
      rss_peak_mib: Math.round(process.resourceUsage().maxRSS / 1024),
      heap_used_mib: Math.round(process.memoryUsage().heapUsed / 1048576),
    }),
  );
  if (process.argv.includes("--fmt")) {
    const { formatDesired } = await import("../dist/desired/format-desired.js");
    const text = await readFile(file, "utf8");
    const t1 = performance.now();
    const formatted = formatDesired(text);
    console.log(
      JSON.stringify({
        fmt_ms: Math.round(performance.now() - t1),
        changed: formatted.text !== text,
      }),
    );
  }
}
