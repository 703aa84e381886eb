import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";

// Runs the built CLI (`npm test` builds first) as a child process: the credential lines go to
// the real process stdout on purpose (see src/cli/commands/sandbox.ts).
const BIN = join(import.meta.dirname, "../../../bin/wxbl.js");

// The tests run concurrently (each child takes a second or two to start on a busy machine).
const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const proc of children) if (proc.exitCode === null) proc.kill("SIGKILL");
});

function startCli(args: string[], lineCount = 4) {
  const proc = spawn(process.execPath, [BIN, "sandbox", ...args], {
    env: { ...process.env, NO_COLOR: "1" },
  });
  children.push(proc);
  let stderr = "";
  proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // "close", not "exit": stderr may still be arriving when the process has exited.
  const exit = new Promise<number | null>((resolve) => proc.on("close", (code) => resolve(code)));
  const lines = new Promise<string[]>((resolve, reject) => {
    const seen: string[] = [];
    const reader = createInterface({ input: proc.stdout });
    reader.on("line", (line) => {
      seen.push(line);
      if (seen.length === lineCount) resolve(seen);
    });
    proc.on("close", () => reject(new Error(`exited early: ${stderr}`)));
  });
  return { proc, lines, exit, stderr: () => stderr };
}

function parseEnv(lines: string[]): Record<string, string> {
  return Object.fromEntries(
    lines.slice(0, 3).map((line) => line.split("=", 2) as [string, string]),
  );
}

describe.concurrent("wxbl sandbox", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "prints the credentials first, serves them, and exits 0 on %s",
    async (signal) => {
      const run = startCli([
        "--followers",
        "30",
        "--blocked",
        "12",
        "--page-size",
        "5",
        "--seed",
        "4",
      ]);
      const lines = await run.lines;
      expect(lines[0]).toMatch(/^WECHAT_API_BASE=http:\/\/127\.0\.0\.1:\d+$/);
      expect(lines[1]).toMatch(/^WECHAT_APPID=wx[0-9a-f]{16}$/);
      expect(lines[2]).toMatch(/^WECHAT_APPSECRET=[0-9a-f]{32}$/);
      expect(lines[3]).toMatch(/^# .*30 followers, 12 blocked, 5 ids a page.*Ctrl-C/);
      const env = parseEnv(lines);
      const base = env.WECHAT_API_BASE as string;
      const token = (await (
        await fetch(`${base}/cgi-bin/stable_token`, {
          method: "POST",
          body: JSON.stringify({
            grant_type: "client_credential",
            appid: env.WECHAT_APPID,
            secret: env.WECHAT_APPSECRET,
            force_refresh: false,
          }),
        })
      ).json()) as { access_token: string };
      const page = (await (
        await fetch(
          `${base}/cgi-bin/tags/members/getblacklist?access_token=${token.access_token}`,
          {
            method: "POST",
            body: "{}",
          },
        )
      ).json()) as { total: number; count: number };
      expect(page).toMatchObject({ total: 12, count: 5 });
      run.proc.kill(signal);
      expect(await run.exit).toBe(0);
    },
  );

  it("--format json: stdout is one JSON object of the variables, the summary goes to stderr", async () => {
    const proc = spawn(process.execPath, [BIN, "sandbox", "--format", "json", "--seed", "4"]);
    children.push(proc);
    let stdout = "";
    let stderr = "";
    proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => proc.on("close", resolve));
    const first = await new Promise<string>((resolve, reject) => {
      proc.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes("\n")) resolve(stdout);
      });
      proc.on("close", () => reject(new Error(`exited early: ${stderr}`)));
    });
    const variables = JSON.parse(first) as Record<string, string>;
    expect(Object.keys(variables)).toEqual(["WECHAT_API_BASE", "WECHAT_APPID", "WECHAT_APPSECRET"]);
    expect(variables.WECHAT_API_BASE).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    proc.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(stdout).toBe(first);
    expect(stderr).toMatch(/^# wxbl sandbox: .*Ctrl-C stops it\.$/m);
  });

  it("loads a state file and applies fault options", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wxbl-sandbox-"));
    const file = join(dir, "state.json");
    writeFileSync(file, JSON.stringify({ followers: ["oA", "oB"], blacklist: ["oB"] }));
    const run = startCli([
      "--state",
      file,
      "--busy-rate",
      "1",
      "--appid",
      "wxfixed",
      "--secret",
      "fixedsecret",
    ]);
    const env = parseEnv(await run.lines);
    expect(env.WECHAT_APPID).toBe("wxfixed");
    expect(env.WECHAT_APPSECRET).toBe("fixedsecret");
    const state = (await (await fetch(`${env.WECHAT_API_BASE}/__sandbox/state`)).json()) as {
      blacklist: string[];
    };
    expect(state.blacklist).toEqual(["oB"]);
    const faults = await (await fetch(`${env.WECHAT_API_BASE}/__sandbox/faults`)).json();
    expect(faults).toEqual({ busyRate: 1 });
    run.proc.kill("SIGTERM");
    expect(await run.exit).toBe(0);
  });

  it("--accounts N serves N accounts and prints each one's variables and a wxbl.yaml", async () => {
    // API base, 2 variables per account, the ready line, 2 + 2 per account of wxbl.yaml.
    const run = startCli(["--accounts", "2", "--followers", "8", "--blocked", "3"], 1 + 4 + 1 + 6);
    const lines = await run.lines;
    expect(lines.slice(0, 5).map((line) => line.split("=")[0])).toEqual([
      "WECHAT_API_BASE",
      "WECHAT_ACCOUNT_1_APPID",
      "WECHAT_ACCOUNT_1_APPSECRET",
      "WECHAT_ACCOUNT_2_APPID",
      "WECHAT_ACCOUNT_2_APPSECRET",
    ]);
    expect(lines[5]).toMatch(/^# wxbl sandbox: 2 accounts, each with 8 followers, 3 blocked/);
    expect(lines.slice(6)).toEqual([
      "# wxbl.yaml:",
      "# accounts:",
      "#   account-1:",
      expect.stringMatching(
        /^# {5}file: accounts\/account-1\/blacklist\.yaml {3}# appid: wx[0-9a-f]{16}$/,
      ),
      "#   account-2:",
      expect.stringMatching(/^# {5}file: accounts\/account-2\/blacklist\.yaml/),
    ]);
    const env = Object.fromEntries(
      lines.slice(0, 5).map((line) => line.split("=", 2) as [string, string]),
    );
    const listed = (await (await fetch(`${env.WECHAT_API_BASE}/__sandbox/accounts`)).json()) as {
      accounts: { name: string; appid: string; secret: string; blocked: number }[];
    };
    expect(listed.accounts.map((a) => [a.name, a.appid, a.secret, a.blocked])).toEqual([
      ["account-1", env.WECHAT_ACCOUNT_1_APPID, env.WECHAT_ACCOUNT_1_APPSECRET, 3],
      ["account-2", env.WECHAT_ACCOUNT_2_APPID, env.WECHAT_ACCOUNT_2_APPSECRET, 3],
    ]);
    run.proc.kill("SIGTERM");
    expect(await run.exit).toBe(0);
  });

  it("--accounts with --appid is exit 3: each account has its own", async () => {
    const run = startCli(["--accounts", "2", "--appid", "wx0000000000000000"]);
    run.lines.catch(() => undefined);
    expect(await run.exit).toBe(3);
    expect(run.stderr()).toMatch(/--appid, --secret and --state describe a sandbox of one account/);
  });

  it.each([
    {
      args: ["--state", "/nonexistent/state.json"],
      message: /cannot read the sandbox state file .* does not exist/,
    },
    {
      args: ["--followers", "2", "--blocked", "5"],
      message: /--blocked 5 is more than --followers 2/,
    },
  ])("exits 3 with a plain message for $args", async ({ args, message }) => {
    const run = startCli(args);
    run.lines.catch(() => undefined);
    expect(await run.exit).toBe(3);
    expect(run.stderr()).toMatch(message);
  });

  it("documents every option in --help", async () => {
    const proc = spawn(process.execPath, [BIN, "sandbox", "--help"]);
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    await new Promise((resolve) => proc.on("close", resolve));
    for (const option of [
      "--port",
      "--host",
      "--followers",
      "--blocked",
      "--page-size",
      "--appid",
      "--secret",
      "--seed",
      "--state",
      "--busy-rate",
      "--http500-rate",
      "--drop-rate",
      "--latency",
      "--token-expiry-every",
      "--per-minute-limit",
      "--daily-quota",
      "--accounts",
    ]) {
      expect(out).toContain(option);
    }
  });
});
