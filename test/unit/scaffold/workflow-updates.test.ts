import { describe, expect, it } from "vitest";
import { WORKFLOW_PATHS, workflowFiles } from "../../../src/scaffold/scaffold-files.js";
import { workflowUpdates } from "../../../src/scaffold/workflow-updates.js";

const main = { name: "main", file: "blacklist.yaml", env: "MAIN" };
const shop = { name: "shop", file: "accounts/shop/blacklist.yaml", env: "SHOP" };
const texts = (options: Parameters<typeof workflowFiles>[0]) =>
  new Map(workflowFiles(options).map((f) => [f.path, f.text] as [string, string | undefined]));
const actions = (updates: ReturnType<typeof workflowUpdates>) => updates.map((u) => u.action);

describe("workflowUpdates (what init --account does with each workflow)", () => {
  const next = { version: "1.0.0", lang: "en", accounts: [main, shop], force: false };

  it("writes the missing ones", () => {
    const updates = workflowUpdates({ ...next, previous: undefined, existing: new Map() });
    expect(actions(updates)).toEqual(["write", "write", "write"]);
    expect(updates.map((u) => u.path)).toEqual([...WORKFLOW_PATHS]);
  });

  it("replaces the one-account form init wrote, keeping the language it was written in", () => {
    const existing = texts({ version: "0.9.0", lang: "zh-CN" });
    const updates = workflowUpdates({ ...next, previous: undefined, existing });
    expect(actions(updates)).toEqual(["replace", "replace", "replace"]);
    const wanted = workflowFiles({ version: "1.0.0", lang: "zh-CN", accounts: [main, shop] });
    expect(updates.map((u) => u.text)).toEqual(wanted.map((f) => f.text));
  });

  it("replaces the form for the accounts before, and leaves what is already right", () => {
    const existing = texts({ version: "1.0.0", lang: "en", accounts: [main] });
    const updates = workflowUpdates({ ...next, previous: [main], existing });
    // The drift workflow lists no account: it is the same for one account or two.
    expect(actions(updates)).toEqual(["replace", "replace", "unchanged"]);
    const again = workflowUpdates({
      ...next,
      previous: [main, shop],
      existing: texts({ version: "1.0.0", lang: "en", accounts: [main, shop] }),
    });
    expect(actions(again)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("still knows its own workflows after their pin was upgraded by hand", () => {
    const existing = texts({ version: "0.9.0", lang: "en", accounts: [main] });
    for (const [path, text] of existing) {
      existing.set(path, text!.replaceAll("wxbl/wxbl@v0.9.0", "wxbl/wxbl@v0.9.3"));
    }
    const updates = workflowUpdates({ ...next, previous: [main], existing });
    expect(actions(updates)).toEqual(["replace", "replace", "replace"]);
  });

  it("keeps a workflow edited by hand (its text untouched), and replaces it with force", () => {
    const existing = texts({ version: "1.0.0", lang: "en" });
    const edited = `${existing.get(WORKFLOW_PATHS[0])!}# our own step\n`;
    existing.set(WORKFLOW_PATHS[0], edited);
    existing.set(WORKFLOW_PATHS[1], "name: ours\n");
    const kept = workflowUpdates({ ...next, previous: undefined, existing });
    expect(actions(kept)).toEqual(["keep", "keep", "replace"]);
    expect(kept[0]!.text).toBe(edited);
    const forced = workflowUpdates({ ...next, force: true, previous: undefined, existing });
    expect(actions(forced)).toEqual(["replace", "replace", "replace"]);
  });
});
