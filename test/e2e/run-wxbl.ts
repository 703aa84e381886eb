import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { Sandbox } from "../../src/sandbox/index.js";
import { listenOnLoopback } from "../support/loopback.js";
import { stableToken } from "../support/sandbox-helpers.js";

export { fastClock, stableToken } from "../support/sandbox-helpers.js";

/** Shared by the end-to-end tests: the CLI in-process with a fake Io. */

export const NOW = new Date("2026-06-01T08:30:00.000Z");
export const PATH = {
  getblacklist: "/cgi-bin/tags/members/getblacklist",
  block: "/cgi-bin/tags/members/batchblacklist",
  unblock: "/cgi-bin/tags/members/batchunblacklist",
  stableToken: "/cgi-bin/stable_token",
  token: "/cgi-bin/token",
} as const;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  interactive?: boolean;
  stdoutIsTTY?: boolean;
  signal?: AbortSignal;
  confirm?: (question: string) => Promise<boolean>;
  /** The CLI's clock (expiry dates); default NOW. */
  now?: Date;
  /** What standard input holds (`--from -`); default empty. */
  stdin?: string;
  /** The WeChat client's clock (a fake one shared with the sandbox); default the real one. */
  wechatClock?: Io["wechatClock"];
}

export async function wxbl(args: string[], options: RunOptions): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: options.env,
    cwd: options.cwd,
    interactive: options.interactive ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    signal: options.signal ?? new AbortController().signal,
    confirm: options.confirm ?? (async () => false),
    now: () => options.now ?? NOW,
    readStdin: async () => options.stdin ?? "",
    ...(options.wechatClock === undefined ? {} : { wechatClock: options.wechatClock }),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export const envFor = (box: Sandbox): NodeJS.ProcessEnv => ({
  WECHAT_API_BASE: box.url,
  WECHAT_APPID: box.appid,
  WECHAT_APPSECRET: box.secret,
});

/** `n` distinct openids of the real shape (28 characters, starting with "o"), by a tag. */
export function openids(tag: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `o${tag}${String(i).padStart(27 - tag.length, "0")}`);
}

export interface FileUser {
  openid: string;
  reason?: string;
  expires?: string;
}

/**
 * A desired-state file; returns its text and the line of each openid (for line assertions).
 */
export function desiredFile(options: {
  users: (string | FileUser)[];
  appid?: string;
  prune?: boolean;
  guard?: { max_block?: string | number; max_unblock?: string | number };
}): { text: string; lineOf: Map<string, number> } {
  const lines = ["version: 1"];
  if (options.appid) lines.push(`appid: ${options.appid}`);
  if (options.prune !== undefined) lines.push(`prune: ${options.prune}`);
  lines.push("guard:");
  lines.push(`  max_block: ${options.guard?.max_block ?? 1_000_000}`);
  lines.push(`  max_unblock: ${options.guard?.max_unblock ?? 1_000_000}`);
  const lineOf = new Map<string, number>();
  if (options.users.length === 0) lines.push("users: []");
  else lines.push("users:");
  for (const user of options.users) {
    if (typeof user === "string") {
      lines.push(`  - ${user}`);
      lineOf.set(user, lines.length);
      continue;
    }
    lines.push(`  - openid: ${user.openid}`);
    lineOf.set(user.openid, lines.length);
    if (user.reason) lines.push(`    reason: ${user.reason}`);
    if (user.expires) lines.push(`    expires: ${user.expires}`);
  }
  return { text: `${lines.join("\n")}\n`, lineOf };
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeText(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

export function readText(dir: string, name: string): string {
  return readFileSync(join(dir, name), "utf8");
}

/** An ajv validator for a schema of the repository's schema/ folder (with the ones it refers to). */
export function schemaValidator(
  name: "plan.schema.json" | "report.schema.json" | "plans.schema.json" | "reports.schema.json",
) {
  const read = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), "utf8")) as object;
  const ajv = new Ajv({ allErrors: true });
  for (const other of ["plan.schema.json", "report.schema.json", "plans.schema.json"]) {
    if (other !== name) ajv.addSchema(read(other));
  }
  const validate = ajv.compile(read(name));
  return (data: unknown): string[] =>
    validate(data)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

/** Write calls and page reads the sandbox served, from its never-truncated counters. */
export function callCounts(box: Sandbox) {
  const counts = box.state().counts;
  return {
    block: counts[PATH.block] ?? 0,
    unblock: counts[PATH.unblock] ?? 0,
    getblacklist: counts[PATH.getblacklist] ?? 0,
    token: counts[PATH.token] ?? 0,
  };
}

/**
 * A loopback proxy in front of the sandbox that calls `onRequest(path)` as each request
 * arrives, before forwarding it: a test can act at an exact point of a run (e.g. Ctrl-C as
 * the first write call goes out). When onRequest returns a string, that is the answer
 * (HTTP 200, JSON) and the request is not forwarded.
 */
export async function tapProxy(
  target: string,
  onRequest: (path: string, url: string) => void | string,
  onAnswer?: (body: string) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const answer = onRequest((req.url ?? "").split("?")[0]!, req.url ?? "");
    if (typeof answer === "string") {
      req.resume();
      res.writeHead(200, { "content-type": "application/json" }).end(answer);
      return;
    }
    const upstream = request(
      `${target}${req.url ?? ""}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => onAnswer?.(Buffer.concat(chunks).toString("utf8")));
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return listenOnLoopback(server);
}

/** Someone blocks users in the admin console, outside wxbl. */
export async function blockByHand(box: Sandbox, ids: string[]): Promise<void> {
  const token = await stableToken(box);
  const answer = await fetch(`${box.url}${PATH.block}?access_token=${token}`, {
    method: "POST",
    body: JSON.stringify({ openid_list: ids }),
  });
  const body = (await answer.json()) as { errcode: number };
  if (body.errcode !== 0) throw new Error(`blocking by hand failed: ${body.errcode}`);
}
