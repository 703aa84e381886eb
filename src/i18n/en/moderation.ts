import { formatCount } from "../format-number.js";

/** Where an openid given to block/unblock came from (mirrors moderation/requested-ids.ts). */
type Source = { from: "argv"; position: number } | { from: "file"; file: string; line: number };

const where = (s: Source) => (s.from === "file" ? `${s.file}:${s.line}` : `argument ${s.position}`);
/** "ids.txt:3: " for an id from a --from list; nothing for one on the command line. */
const prefix = (s: Source) => (s.from === "file" ? `${s.file}:${s.line}: ` : "");
const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * English messages of `wxbl block` / `wxbl unblock`, temporary bans (`--expires`, `apply
 * --only-expired`, `fmt --drop-expired`): SPEC section 10.
 */
export const moderation = {
  "moderation.warning": (p: { message: string }) => `warning: ${p.message}`,
  "moderation.invalidId": (p: { openid: string; source: Source; length: number }) =>
    `${prefix(p.source)}"${p.openid}" (${formatCount(p.length)} characters) is not a WeChat openid: ` +
    "those are 28 characters, o then letters, digits, _ or -; check it was copied whole",
  "moderation.alreadyInFile": (p: { openid: string; source: Source; file: string; line: number }) =>
    `${prefix(p.source)}${p.openid} is already in ${p.file} (line ${p.line}); ` +
    "to change its reason or expiry, add --update",
  "moderation.notInFile": (p: { openid: string; source: Source; file: string }) =>
    `${prefix(p.source)}${p.openid} is not in ${p.file}, so there is nothing to unblock ` +
    "(--missing-ok skips ids that are not there)",
  "moderation.repeatedId": (p: { openid: string; first: Source; again: Source }) =>
    `${p.openid} is given twice (${where(p.first)} and ${where(p.again)}); it counts once`,
  "moderation.reasonControl": (p: { code: string }) =>
    `--reason contains the control character U+${p.code}; a reason may hold tabs and line ` +
    "breaks, but no other control characters",
  "moderation.expiresInvalid": (p: { when: string }) =>
    `--expires "${p.when}" is neither a date nor a duration; write a date (2027-03-01), a ` +
    "duration from today in UTC (30d, 2w, 3mo, 1y), or never",
  "moderation.expiresTooFar": (p: { when: string }) =>
    `--expires "${p.when}" is after 9999-12-31; give a nearer date`,
  "moderation.expiresNotAfterToday": (p: { when: string; date: string; today: string }) =>
    `--expires ${p.when}${p.when === p.date ? "" : ` (${p.date})`} is not after today ` +
    `(${p.today}, UTC): an entry is unblocked from 00:00 UTC on its expiry date, so it would ` +
    "never be blocked; give a later date, or a duration such as 30d",
  "moderation.expiresResolved": (p: { when: string; date: string; today: string }) =>
    `Expires ${p.date}${p.when === p.date ? "" : ` (${p.when} from today, ${p.today} UTC)`}: ` +
    "unblocked from 00:00 UTC that day.",
  "moderation.expiresNever": () => "No expiry: blocked until someone unblocks it.",
  "moderation.noIds": (p: { verb: "block" | "unblock" }) =>
    `name the openids to ${p.verb}: wxbl ${p.verb} OPENID…, or --from FILE (- reads standard input)`,
  "moderation.emptyList": (p: { file: string }) => `${p.file} lists no openids; nothing to do.`,
  "moderation.cannotReadList": (p: { file: string; code: string }) =>
    `cannot read ${p.file}: ${p.code === "ENOENT" ? "no such file" : p.code === "EISDIR" ? "it is a directory" : p.code}`,
  "moderation.fileHasErrors": (p: { file: string; errors: number }) =>
    `${p.file} has ${count(p.errors, "error", "errors")}; nothing was changed. Fix ` +
    `${p.errors === 1 ? "it" : "them"} first (wxbl validate lists them; wxbl fmt merges identical duplicates)`,
  "moderation.refused": (p: { file: string; problems: number }) =>
    `nothing was changed: ${count(p.problems, "problem", "problems")} (listed above); ${p.file} is as it was`,
  "moderation.moreProblems": (p: { count: number }) => `… and ${formatCount(p.count)} more`,
  "moderation.editFailed": (p: { file: string }) =>
    `could not edit ${p.file} safely: the edited text did not read back as intended, so ` +
    "nothing was written. This is a bug in wxbl: please report it with the file's layout (not " +
    "its openids), and edit the file by hand meanwhile",
  "moderation.rewritten": (p: { file: string }) =>
    `${p.file}: its users list could not be edited line by line, so the file was written out ` +
    "again (comments kept); check the diff for changes of spacing",
  "moderation.outputFile": () => "the edited blacklist file",
  "moderation.lineAdded": (p: { openid: string; line: number }) => `+ ${p.openid}  line ${p.line}`,
  "moderation.lineUpdated": (p: {
    openid: string;
    line: number;
    reason: boolean;
    expires: boolean;
  }) =>
    `~ ${p.openid}  line ${p.line}: ${p.reason ? (p.expires ? "reason and expires" : "reason") : "expires"} changed`,
  "moderation.lineUnchanged": (p: { openid: string; line: number }) =>
    `= ${p.openid}  line ${p.line}: already as asked`,
  "moderation.lineRemoved": (p: { openid: string; line: number }) =>
    `- ${p.openid}  was line ${p.line}`,
  "moderation.lineSkipped": (p: { openid: string }) =>
    `  ${p.openid}  not in the file, skipped (--missing-ok)`,
  "moderation.moreLines": (p: { count: number }) => `  … and ${formatCount(p.count)} more`,
  "moderation.blockSummary": (p: {
    file: string;
    added: number;
    updated: number;
    unchanged: number;
  }) =>
    `${p.file}: ${
      [
        p.added > 0 ? `${formatCount(p.added)} added` : "",
        p.updated > 0 ? `${formatCount(p.updated)} updated` : "",
        p.unchanged > 0 ? `${formatCount(p.unchanged)} already as asked` : "",
      ]
        .filter(Boolean)
        .join(", ") || "nothing to change"
    }.`,
  "moderation.unblockSummary": (p: { file: string; removed: number; skipped: number }) =>
    `${p.file}: ${
      [
        p.removed > 0 ? `${formatCount(p.removed)} removed` : "",
        p.skipped > 0 ? `${formatCount(p.skipped)} not in the file` : "",
      ]
        .filter(Boolean)
        .join(", ") || "nothing to change"
    }.`,
  "moderation.nextStep": () =>
    "Nothing was sent to WeChat: commit the file and open a pull request; its plan shows the " +
    "change, and apply makes it.",
  "moderation.onlyExpiredScope": (p: { expired: number; blocks: number; unblocks: number }) =>
    `--only-expired: lifting ${count(p.expired, "expired ban", "expired bans")}; ` +
    `${formatCount(p.blocks)} to block and ${formatCount(p.unblocks)} other to unblock are left for a full apply.`,
  "moderation.onlyExpiredNothing": () =>
    "--only-expired: no expired ban is still blocked on the live account; nothing to do.",
  "moderation.onlyExpiredWithPlan": () =>
    "--only-expired plans afresh and cannot apply a saved plan; drop the plan file or --only-expired",
  "moderation.droppedExpired": (p: { file: string; openid: string; expires: string }) =>
    `${p.file}: dropped ${p.openid}, expired ${p.expires}`,
  "moderation.expiredToDrop": (p: { file: string; count: number }) =>
    `${p.file} has ${count(p.count, "expired entry", "expired entries")} to drop; run: wxbl fmt --drop-expired --file ${p.file}`,
};
