import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../../src/util/write-file-atomic.js";

describe("writeFileAtomic", () => {
  it("replaces the file's content and leaves no temporary file behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wxbl-atomic-"));
    const path = join(dir, "plan.json");
    await writeFile(path, "old");
    await writeFileAtomic(path, "new content\n");
    expect(await readFile(path, "utf8")).toBe("new content\n");
    expect(await readdir(dir)).toEqual(["plan.json"]);
  });

  it("fails without creating the target when its folder does not exist", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wxbl-atomic-"));
    await expect(writeFileAtomic(join(dir, "missing", "x.json"), "x")).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
