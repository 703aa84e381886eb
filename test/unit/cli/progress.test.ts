import { describe, expect, it } from "vitest";
import type { Io } from "../../../src/cli/io.js";
import { startProgress } from "../../../src/cli/progress.js";

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
