import { describe, expect, it } from "vitest";
import { applySummary } from "../../../src/action/apply-summary.js";

const report = {
  format: "wxbl-report/1",
  blocked: ["oDF3iYa", "oDF3iYb"],
  unblocked: ["oDF3iYc"],
  failed: [{ openid: "oDF3iY9WKs7Jx-4vHq2pZc0aNtLm", action: "block", errcode: 40003, line: 12 }],
  remaining: { block: 0, unblock: 5 },
  verified: false,
};

describe("applySummary (the apply outcome in the run summary)", () => {
  it.each([
    { code: 0, command: "apply", text: "Exit 0: applied; the live blacklist matches the file." },
    { code: 0, command: "expire", text: "Exit 0: done; every expired entry" },
    { code: 1, command: "apply", text: "Exit 1: failed or partial" },
    { code: 4, command: "apply", text: "Exit 4: refused for safety" },
    { code: 7, command: "apply", text: "Exit 7: unexpected" },
  ] as const)("explains exit $code of $command", ({ code, command, text }) => {
    expect(applySummary("en", { command, code, reportText: undefined })).toContain(text);
  });

  it("tabulates the report and lists failed changes with their lines", () => {
    const text = applySummary("en", {
      command: "apply",
      code: 1,
      reportText: JSON.stringify(report),
    });
    expect(text).toContain("| 2 | 1 | 1 | 0 | 5 | **no** |");
    expect(text).toContain("| block | `oDF3iY9WKs7Jx-4vHq2pZc0aNtLm` | 40003 | 12 |");
  });

  it("sums a many-account report", () => {
    const many = {
      format: "wxbl-reports/1",
      accounts: { main: report, shop: { ...report, verified: true } },
    };
    const text = applySummary("en", {
      command: "apply",
      code: 1,
      reportText: JSON.stringify(many),
    });
    expect(text).toContain("| 4 | 2 | 2 | 0 | 10 | **no** |");
  });

  it("says when no report was written, and when it cannot be read", () => {
    expect(applySummary("en", { command: "apply", code: 3, reportText: undefined })).toContain(
      "No report was written.",
    );
    expect(applySummary("en", { command: "apply", code: 1, reportText: "{" })).toContain(
      "The report could not be read as JSON.",
    );
  });

  it("speaks Chinese", () => {
    const text = applySummary("zh-CN", {
      command: "apply",
      code: 0,
      reportText: JSON.stringify(report),
    });
    expect(text).toContain("退出码 0：已执行");
    expect(text).toContain("| 已拉黑 | 已取消拉黑 |");
  });
});
