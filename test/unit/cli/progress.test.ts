import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import type { Io } from "../../../src/cli/io.js";
import { startProgress } from "../../../src/cli/progress.js";

function fakeIo(): Io & { err: string } {
  const io = {
    err: "",
    stdout: () => {},
    stderr: (text: string) => void (io.err += text),
    env: {},
    cwd: "/",
    interactive: false,
    stdoutIsTTY: false,
    signal: new AbortController().signal,
    confirm: async () => false,
    now: () => new Date(0),
  };
  return io;
}

/** A stream that says it is a terminal and keeps what is drawn on it. */
function fakeTerminal(): PassThrough & { drawn: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  let drawn = "";
  stream.on("data", (chunk: Buffer) => (drawn += chunk.toString()));
  return Object.assign(stream, { drawn: () => drawn });
}

describe("startProgress on a terminal (a bar, loaded only there)", () => {
  it("draws a bar on a terminal once it has loaded, from the progress reported before", async () => {
    const stream = fakeTerminal();
    const progress = startProgress(fakeIo(), "Applying", {
      quiet: false,
      lang: "en",
      terminal: true,
      stream,
    });
    progress.update(5, 20);
    await vi.waitFor(() => expect(stream.drawn()).toContain("Applying ["));
    expect(stream.drawn()).toContain("5/20");
    progress.update(20, 20);
    progress.stop();
    expect(stream.drawn()).toContain("20/20");
  });

  it("draws nothing on a terminal when the work ends before the bar has loaded", async () => {
    const stream = fakeTerminal();
    const progress = startProgress(fakeIo(), "Applying", {
      quiet: false,
      lang: "en",
      terminal: true,
      stream,
    });
    progress.update(3, 3);
    progress.stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await import("cli-progress"); // the bar's module has loaded: a bar would be up by now
    expect(stream.drawn()).toBe("");
  });

  it("prints nothing with --quiet", () => {
    const io = fakeIo();
    const stream = fakeTerminal();
    const progress = startProgress(io, "Applying", {
      quiet: true,
      lang: "en",
      terminal: true,
      stream,
    });
    progress.update(1, 2);
    progress.stop();
    expect(io.err + stream.drawn()).toBe("");
  });
});

/** An Io that keeps stderr; startProgress uses nothing else off a terminal. */
function capture(): { io: Io; lines: () => string[] } {
  let stderr = "";
  const io = { stderr: (text: string) => void (stderr += text) } as unknown as Io;
  return { io, lines: () => stderr.split("\n").filter(Boolean) };
}

describe("startProgress off a terminal (a heartbeat line every few seconds)", () => {
  it.each([
    ["en", "Applying", ["Applying: 1,200 of 4,000 (30%)", "Applying: 3,999 of 4,000 (99%)"]],
    ["zh-CN", "正在执行", ["正在执行：1,200 / 4,000（30%）", "正在执行：3,999 / 4,000（99%）"]],
  ] as const)("%s: counts and a share rounded down", (lang, label, expected) => {
    const { io, lines } = capture();
    let clock = 0;
    const progress = startProgress(io, label, {
      quiet: false,
      lang,
      terminal: false,
      now: () => clock,
    });
    progress.update(10, 4_000); // too soon for a line
    clock = 5_000;
    progress.update(1_200, 4_000);
    clock = 6_000;
    progress.update(3_999, 4_000); // not yet 5 s since the last line
    progress.stop(); // the last state, once
    expect(lines()).toEqual(expected);
  });

  it("prints nothing for a run too short for a heartbeat, or with --quiet", () => {
    const { io, lines } = capture();
    const short = startProgress(io, "x", {
      quiet: false,
      lang: "en",
      terminal: false,
      now: () => 0,
    });
    short.update(5, 5);
    short.stop();
    let clock = 0;
    const quiet = startProgress(io, "x", {
      quiet: true,
      lang: "en",
      terminal: false,
      now: () => clock,
    });
    clock = 60_000;
    quiet.update(1, 2);
    quiet.stop();
    expect(lines()).toEqual([]);
  });
});
