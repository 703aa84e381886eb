import { InputError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import { planBlock } from "../../moderation/plan-edits.js";
import { resolveExpiry } from "../../moderation/resolve-expiry.js";
import { defineCommand } from "../command.js";
import { editBlacklist, type EditArgs } from "../edit-blacklist.js";

interface BlockArgs extends EditArgs {
  reason?: string;
  expires?: string;
  update: boolean;
}

export const blockCommand = defineCommand<BlockArgs>({
  command: "block [openids..]",
  describe: "Add users to the blacklist file (never calls WeChat: the pull request and apply do)",
  builder: (yargs) =>
    yargs
      .positional("openids", {
        type: "string",
        array: true,
        describe: "The openids to block",
      })
      .option("reason", {
        type: "string",
        describe: "Why they are blocked (free text, quoted in the file as YAML needs)",
      })
      .option("expires", {
        type: "string",
        describe:
          "When the ban lifts: a date (2027-03-01) or a duration from today in UTC (30d, 2w, 3mo, 1y); never (with --update) removes an expiry",
      })
      .option("update", {
        type: "boolean",
        default: false,
        describe:
          "Change the reason and expiry of ids already in the file, only the fields given (without it they are refused, so a ban is not changed by mistake)",
      })
      .option("from", {
        type: "string",
        nargs: 1, // so that "-" is the value, not dropped as a positional "-"
        describe: "Read more openids from FILE, one per line (- for standard input; # comments)",
      })
      .epilogue(
        "Edits the file in place: comments, quoting, blank lines and everything else stay as they " +
          "are; a new entry goes where wxbl fmt would put it when the file is sorted, else at the " +
          "end. All or nothing: an invalid openid, or one already in the file (without --update), " +
          "is exit 3 and the file is left untouched. Commit the file and open a pull request: the " +
          "plan shows the change and apply makes it on WeChat.",
      ),
  run: async (args, io) => {
    const now = io.now?.() ?? new Date();
    // 1. Flags: --expires is resolved (and refused when not after today) before anything is read.
    let expires: string | null | undefined;
    if (args.expires !== undefined) {
      const expiry = resolveExpiry(args.expires, now);
      if (!expiry.ok) throw new InputError(expiry.problem);
      expires = expiry.date;
      if (!args.quiet && args.format !== "json") {
        io.stderr(
          `${
            expiry.date === null
              ? t(args.lang, "moderation.expiresNever")
              : t(args.lang, "moderation.expiresResolved", {
                  when: args.expires,
                  date: expiry.date,
                  today: expiry.today,
                })
          }\n`,
        );
      }
    }
    // 2. to 7.: the openids, the file, the edits, all or nothing, write, report.
    return editBlacklist(args, io, {
      name: "block",
      now,
      expires,
      plan: (file, users, ids) =>
        planBlock(file, users, {
          ids,
          ...(args.reason !== undefined ? { reason: args.reason } : {}),
          ...(expires !== undefined ? { expires } : {}),
          update: args.update,
        }),
    });
  },
});
