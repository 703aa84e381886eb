import { RuntimeFailure } from "../errors.js";
import { msg } from "../i18n/message.js";
import type { DesiredState } from "./desired-state.js";
import { editUsersWithDocument } from "./edit-users-document.js";
import { fastLayout } from "./fast-layout.js";
import { fullLayout } from "./full-layout.js";
import { loadDesired, type LoadResult } from "./load-desired.js";
import { spliceUsers } from "./splice-users.js";
import { applyUserEdits, type UserEdit, type UserFields } from "./user-edit.js";

export interface EditInput {
  /** The file's name, for messages. */
  path: string;
  /** The file's text without its BOM (as the loader decoded it). */
  text: string;
  /** The file as loaded: valid, with the reader that read it. */
  loaded: LoadResult & { state: DesiredState };
  edits: readonly UserEdit[];
  now: Date;
}

export interface EditResult {
  /** The edited text (without a BOM: the caller puts back the file's own). */
  text: string;
  /** True when the file had to be written out again instead of spliced (spacing may differ). */
  rewritten: boolean;
  /** The edited file as it loads, for the lines of the entries. */
  state: DesiredState;
}

/**
 * Makes `edits` in the text of a desired-state file (SPEC section 10): 1. splice the entries at
 * the positions the loader recorded (everything else stays byte for byte); 2. load the result
 * and check that it holds exactly the users the edits give on the parsed data, with no error and
 * no warning the file did not already have; 3. if the layout could not be spliced, or the check
 * fails, make the edits with the Document API instead and check again; 4. if that fails too,
 * refuse (RuntimeFailure): nothing is written.
 */
export async function editDesired(input: EditInput): Promise<EditResult> {
  const { path, text, loaded, edits, now } = input;
  const users = loaded.state.users;
  const expected = applyUserEdits(users, edits);
  const check = (candidate: string | undefined) =>
    candidate === undefined ? undefined : readsAs(path, candidate, expected, loaded, now);

  const layout =
    loaded.reader === "fast"
      ? fastLayout(
          text,
          users.map((user) => user.line),
        )
      : fullLayout(text);
  const spliced = layout === undefined ? undefined : spliceUsers(text, users, layout, edits);
  const splicedState = await check(spliced);
  if (spliced !== undefined && splicedState !== undefined) {
    return { text: spliced, rewritten: false, state: splicedState };
  }
  const bare = layout?.style.bare ?? users.some((user) => user.reason === undefined);
  const rewritten = editUsersWithDocument(text, users, edits, bare);
  const rewrittenState = await check(rewritten);
  if (rewritten !== undefined && rewrittenState !== undefined) {
    return { text: rewritten, rewritten: true, state: rewrittenState };
  }
  throw new RuntimeFailure(msg("moderation.editFailed", { file: path }));
}

/** The state `candidate` loads as, if it holds exactly `expected` and no new problem. */
async function readsAs(
  path: string,
  candidate: string,
  expected: readonly UserFields[],
  before: LoadResult,
  now: Date,
): Promise<DesiredState | undefined> {
  const after = await loadDesired(path, { text: candidate, now });
  if (after.state === undefined || after.state.users.length !== expected.length) return undefined;
  for (let i = 0; i < expected.length; i++) {
    if (!sameFields(after.state.users[i] as UserFields, expected[i] as UserFields))
      return undefined;
  }
  // No new diagnostics: each warning after the edit was already there before it.
  const known = new Map<string, number>();
  for (const d of before.diagnostics) known.set(d.message, (known.get(d.message) ?? 0) + 1);
  for (const d of after.diagnostics) {
    const left = known.get(d.message) ?? 0;
    if (left === 0) return undefined;
    known.set(d.message, left - 1);
  }
  const { state } = after;
  return state;
}

function sameFields(a: UserFields, b: UserFields): boolean {
  return a.openid === b.openid && a.reason === b.reason && a.expires === b.expires;
}
