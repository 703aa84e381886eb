import fc from "fast-check";
import { scalarSource } from "../../../src/desired/scalar-source.js";
import type { UserEdit, UserFields } from "../../../src/desired/user-edit.js";

/**
 * Random desired-state files shaped like real ones, with the awkward parts real files hold:
 * comments above, on and inside entries, blank lines, quoted openids, reasons that need quoting
 * (": ", " #", quotes, tabs, line feeds, unicode), key orders, bare entries, indentation, CRLF,
 * no final line break, a `---` line and block scalars (which the full parser reads), keys after
 * `users:`. Realistic ids: one account's six-character prefix, then 22 base64url characters.
 */

const PREFIX = "oDF3iY";
export const openidArb = fc.stringMatching(/^[A-Za-z0-9_-]{22}$/).map((tail) => `${PREFIX}${tail}`);

const REASON_CHARS = [
  ..."abcXYZ019 ",
  ":",
  "#",
  "'",
  '"',
  "\\",
  "\t",
  "\n",
  "-",
  "?",
  "[",
  "]",
  "{",
  ",",
  "&",
  "*",
  "!",
  "|",
  ">",
  "%",
  "@",
  "`",
  "拉",
  "黑",
  "🚫",
  "\u00a0",
  "\u3000",
];
export const reasonArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...REASON_CHARS), minLength: 1, maxLength: 12 }),
  fc.constantFrom("spam links (#142)", "true", "123", "null", "- dash", "a: b", "x #y", " lead"),
);
const futureDate = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2027-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
export const expiresArb = futureDate;

interface EntrySpec {
  openid: string;
  reason?: string;
  expires?: string;
  bare: boolean;
  /** Quoting of the openid: 0 plain, 1 single, 2 double. */
  idQuote: number;
  /** Reason written as a block scalar (only the full parser reads those). */
  blockReason: boolean;
  /** The reason written with JSON-style double quotes instead of scalarSource's choice. */
  doubleReason: boolean;
  reasonFirst: boolean;
  commentsAbove: number;
  blankAbove: boolean;
  lineComment: boolean;
  innerComment: boolean;
}

const entryArb = fc.record({
  openid: openidArb,
  reason: fc.option(reasonArb, { nil: undefined }),
  expires: fc.option(expiresArb, { nil: undefined }),
  bare: fc.boolean(),
  idQuote: fc.integer({ min: 0, max: 2 }),
  blockReason: fc.boolean(),
  doubleReason: fc.boolean(),
  reasonFirst: fc.boolean(),
  commentsAbove: fc.integer({ min: 0, max: 2 }),
  blankAbove: fc.boolean(),
  lineComment: fc.boolean(),
  innerComment: fc.boolean(),
});

export interface DesiredFile {
  text: string;
  /** Index of entries whose reason is a block scalar (not replaceable in place). */
  blockReasons: Set<number>;
}

export const desiredFileArb: fc.Arbitrary<DesiredFile> = fc
  .record({
    entries: fc.uniqueArray(entryArb, { selector: (e) => e.openid, maxLength: 8 }),
    sorted: fc.boolean(),
    dashIndent: fc.constantFrom(0, 2, 4),
    gap: fc.constantFrom(1, 3),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    documentMarker: fc.boolean(),
    blockScalars: fc.boolean(),
    trailingKey: fc.boolean(),
    header: fc.boolean(),
  })
  .map((f) => {
    const entries = f.sorted
      ? [...f.entries].sort((a, b) => (a.openid < b.openid ? -1 : 1))
      : f.entries;
    const lines: string[] = [];
    if (f.documentMarker) lines.push("---");
    if (f.header) lines.push("# yaml-language-server: $schema=./schema/blacklist.schema.json");
    lines.push("version: 1");
    const blockReasons = new Set<number>();
    if (entries.length === 0) {
      lines.push("users: [] # none");
    } else {
      lines.push("users:");
      const dash = `${" ".repeat(f.dashIndent)}-${" ".repeat(f.gap)}`;
      const keyIndent = " ".repeat(f.dashIndent + 1 + f.gap);
      entries.forEach((e: EntrySpec, index) => {
        if (e.blankAbove && index > 0) lines.push("");
        for (let c = 0; c < e.commentsAbove; c++)
          lines.push(`${" ".repeat(f.dashIndent)}# about ${index}.${c}`);
        const id = [e.openid, `'${e.openid}'`, `"${e.openid}"`][e.idQuote] as string;
        const comment = e.lineComment ? "  # note" : "";
        if (e.bare && e.reason === undefined && e.expires === undefined) {
          lines.push(`${dash}${id}${comment}`);
          return;
        }
        // Each key's lines; a block scalar's body is indented under its key.
        const openid = [`openid: ${id}`];
        let reason: string[] | undefined;
        if (e.reason !== undefined && f.blockScalars && e.blockReason) {
          blockReasons.add(index);
          reason = [
            "reason: |-",
            `${keyIndent}  two lines: # not a comment`,
            `${keyIndent}  second`,
          ];
        } else if (e.reason !== undefined) {
          reason = [
            `reason: ${e.doubleReason ? JSON.stringify(e.reason) : scalarSource(e.reason)}`,
          ];
        }
        const expires = e.expires === undefined ? undefined : [`expires: ${e.expires}`];
        const keys = (
          e.reasonFirst && reason !== undefined && !blockReasons.has(index)
            ? [reason, openid, expires]
            : [openid, reason, expires]
        ).filter((key): key is string[] => key !== undefined);
        keys.forEach(([first, ...rest], k) => {
          lines.push(`${k === 0 ? dash : keyIndent}${first}${k === 0 ? comment : ""}`, ...rest);
          if (k === 0 && e.innerComment && keys.length > 1)
            lines.push(`${keyIndent}# inside ${index}`);
        });
      });
    }
    if (f.trailingKey) lines.push("# the rest", "prune: true");
    const eol = f.crlf ? "\r\n" : "\n";
    return { text: lines.join(eol) + (f.finalNewline ? eol : ""), blockReasons };
  });

/** Random edits of a file's users: removes, updates and adds, at most one edit per entry. */
export function editsArb(
  users: readonly UserFields[],
  blockReasons: Set<number>,
): fc.Arbitrary<UserEdit[]> {
  const perEntry = users.map((_, index) => {
    const update = fc
      .record({
        reason: fc.option(fc.option(reasonArb, { nil: null }), { nil: undefined }),
        expires: fc.option(fc.option(expiresArb, { nil: null }), { nil: undefined }),
      })
      .map((u): UserEdit => ({ kind: "update", index, ...u }));
    const choices: fc.WeightedArbitrary<UserEdit | undefined>[] = [
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant<UserEdit>({ kind: "remove", index }) },
    ];
    // A block scalar cannot be replaced in place (that is the re-serialiser's case).
    if (!blockReasons.has(index)) choices.push({ weight: 1, arbitrary: update });
    return fc.oneof(...choices);
  });
  const taken = new Set(users.map((u) => u.openid));
  const adds = fc.uniqueArray(
    fc.record({
      openid: openidArb.filter((openid) => !taken.has(openid)),
      reason: fc.option(reasonArb, { nil: undefined }),
      expires: fc.option(expiresArb, { nil: undefined }),
    }),
    { selector: (a) => a.openid, maxLength: 3 },
  );
  return fc.tuple(fc.tuple(...perEntry), adds).map(([edits, added]) => [
    ...edits.filter((e): e is UserEdit => e !== undefined),
    ...added.map((a): UserEdit => {
      const add: UserEdit = { kind: "add", openid: a.openid };
      if (a.reason !== undefined) add.reason = a.reason;
      if (a.expires !== undefined) add.expires = a.expires;
      return add;
    }),
  ]);
}
