import { workflowFiles, type ScaffoldFile } from "./scaffold-files.js";
import type { WorkflowAccount } from "./workflow-parts.js";

/** What `wxbl init` does with one workflow file when the accounts change. */
export interface WorkflowUpdate extends ScaffoldFile {
  /**
   * write: there is none; replace: it is what init wrote for the accounts before (or --force);
   * keep: it was edited by hand, or written by another wxbl (left alone, and said so);
   * unchanged: it already is what init writes.
   */
  action: "write" | "replace" | "keep" | "unchanged";
}

/**
 * The three workflows for `accounts` (SPEC 11), each decided against what is there: a file
 * init wrote and nobody edited (the one-account form, or the form for the accounts before this
 * change; its pin upgraded by hand counts as unedited) is replaced; anything else is kept
 * unless `force`. The version is this wxbl's; the language stays the one the file was written
 * in.
 */
export function workflowUpdates(input: {
  version: string;
  lang: string;
  accounts: readonly WorkflowAccount[];
  /** The accounts before this change; undefined: there was no wxbl.yaml. */
  previous: readonly WorkflowAccount[] | undefined;
  /** Each workflow's text as it is now, by path; undefined: none. */
  existing: ReadonlyMap<string, string | undefined>;
  force: boolean;
}): WorkflowUpdate[] {
  const fresh = (lang: string) => workflowFiles({ ...input, lang });
  return fresh(input.lang).map((file, index) => {
    const now = input.existing.get(file.path);
    if (now === undefined) return { ...file, action: "write" };
    const written = writtenWith(now);
    const text = written ? fresh(written.lang)[index]!.text : file.text;
    if (now === text) return { ...file, text, action: "unchanged" };
    if (input.force) return { ...file, text, action: "replace" };
    const before = [undefined, input.previous, input.accounts].map(
      (accounts) =>
        written &&
        pinless(
          workflowFiles({ version: written.version, lang: written.lang, accounts })[index]!.text,
        ),
    );
    return before.includes(pinless(now))
      ? { ...file, text, action: "replace" }
      : { ...file, text: now, action: "keep" };
  });
}

/**
 * A workflow without its versions (the first line, and the Action's pin): one whose only change
 * is the upgrade its first line asks for (a new version after wxbl/wxbl@) is still init's own.
 */
function pinless(text: string): string {
  return text
    .replace(/^# Written by `wxbl init` \(wxbl [^)\s]+\)\./, "")
    .replaceAll(/wxbl\/wxbl@v[^\s#]+/g, "wxbl/wxbl@");
}

/** The version and language a workflow says it was written with; undefined: not init's. */
function writtenWith(text: string): { version: string; lang: string } | undefined {
  const version = /^# Written by `wxbl init` \(wxbl ([^)\s]+)\)\./.exec(text)?.[1];
  const lang = /^ +lang: (\S+)$/m.exec(text)?.[1];
  return version === undefined || lang === undefined ? undefined : { version, lang };
}
