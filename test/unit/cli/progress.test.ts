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

describe("startProgress", () => {
  it("draws a bar on a terminal once it has loaded, from the progress reported before", async () => {
    const stream = fakeTerminal();
    const progress = startProgress(fakeIo(), "Applying", { quiet: false, terminal: true, stream });
    progress.update(5, 20);
    await vi.waitFor(() => expect(stream.drawn()).toContain("Applying ["));
    expect(stream.drawn()).toContain("5/20");
    progress.update(20, 20);
    progress.stop();
    expect(stream.drawn()).toContain("20/20");
  });

  it("draws nothing on a terminal when the work ends before the bar has loaded", async () => {
    const stream = fakeTerminal();
    const progress = startProgress(fakeIo(), "Applying", { quiet: false, terminal: true, stream });
    progress.update(3, 3);
    progress.stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await import("cli-progress"); // the bar's module has loaded: a bar would be up by now
    expect(stream.drawn()).toBe("");
  });

  it("prints a line every 5 s off a terminal, and the last figures at the end", () => {
    const io = fakeIo();
    let now = 0;
    const progress = startProgress(io, "Reading", {
      quiet: false,
      terminal: false,
      now: () => now,
    });
    progress.update(1_000, 20_000);
    expect(io.err).toBe("");
    now = 5_000;
    progress.update(10_000, 20_000);
    expect(io.err).toBe("Reading: 10,000 of 20,000 (50%)\n");
    progress.update(20_000, 20_000);
    progress.stop();
    expect(io.err).toBe("Reading: 10,000 of 20,000 (50%)\nReading: 20,000 of 20,000 (100%)\n");
  });

  it("stays silent off a terminal when the work is done before the first line is due", () => {
    const io = fakeIo();
    const progress = startProgress(io, "Reading", { quiet: false, terminal: false, now: () => 0 });
    progress.update(3, 3);
    progress.stop();
    expect(io.err).toBe("");
  });

  it("prints nothing with --quiet", () => {
    const io = fakeIo();
    const stream = fakeTerminal();
    const progress = startProgress(io, "Applying", { quiet: true, terminal: true, stream });
    progress.update(1, 2);
    progress.stop();
    expect(io.err + stream.drawn()).toBe("");
  });
});
