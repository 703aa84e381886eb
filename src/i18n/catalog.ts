/**
 * One catalogue per language (SPEC section 12): every sentence a user reads comes from here,
 * so wording is reviewed in one place. The English catalogue is the reference; each zh-CN
 * area file is typed as its English twin, so a missing key or a parameter that differs is a
 * compile error (test/unit/i18n also compares the keys at run time).
 *
 * To add an area: write en/<area>.ts and zh-CN/<area>.ts, then spread both below.
 */
import { accounts as enAccounts } from "./en/accounts.js";
import { action as enAction } from "./en/action.js";
import { apply as enApply } from "./en/apply.js";
import { commands as enCommands } from "./en/commands.js";
import { comment as enComment } from "./en/comment.js";
import { common as enCommon } from "./en/common.js";
import { harden as enHarden } from "./en/harden.js";
import { desired as enDesired } from "./en/desired.js";
import { diff as enDiff } from "./en/diff.js";
import { errcodes as enErrcodes } from "./en/errcodes.js";
import { init as enInit } from "./en/init.js";
import { moderation as enModeration } from "./en/moderation.js";
import { plan as enPlan } from "./en/plan.js";
import { wechat as enWechat } from "./en/wechat.js";
import type { Lang } from "./lang.js";
import { accounts as zhAccounts } from "./zh-CN/accounts.js";
import { action as zhAction } from "./zh-CN/action.js";
import { apply as zhApply } from "./zh-CN/apply.js";
import { commands as zhCommands } from "./zh-CN/commands.js";
import { comment as zhComment } from "./zh-CN/comment.js";
import { common as zhCommon } from "./zh-CN/common.js";
import { harden as zhHarden } from "./zh-CN/harden.js";
import { desired as zhDesired } from "./zh-CN/desired.js";
import { diff as zhDiff } from "./zh-CN/diff.js";
import { errcodes as zhErrcodes } from "./zh-CN/errcodes.js";
import { init as zhInit } from "./zh-CN/init.js";
import { moderation as zhModeration } from "./zh-CN/moderation.js";
import { plan as zhPlan } from "./zh-CN/plan.js";
import { wechat as zhWechat } from "./zh-CN/wechat.js";

export const catalogs = {
  en: {
    ...enCommon,
    ...enInit,
    ...enAction,
    ...enCommands,
    ...enDesired,
    ...enErrcodes,
    ...enWechat,
    ...enModeration,
    ...enPlan,
    ...enDiff,
    ...enApply,
    ...enComment,
    ...enHarden,
    ...enAccounts,
  },
  "zh-CN": {
    ...zhCommon,
    ...zhInit,
    ...zhAction,
    ...zhCommands,
    ...zhDesired,
    ...zhErrcodes,
    ...zhWechat,
    ...zhModeration,
    ...zhPlan,
    ...zhDiff,
    ...zhApply,
    ...zhComment,
    ...zhHarden,
    ...zhAccounts,
  },
} satisfies Record<Lang, unknown>;

export type Catalog = (typeof catalogs)["en"];
export type MessageKey = keyof Catalog;
export type MessageParams<K extends MessageKey> = Parameters<Catalog[K]>;

/** The sentence `key` in `lang`, with its parameters. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...params: MessageParams<K>): string {
  const message = catalogs[lang][key] as (...args: MessageParams<K>) => string;
  return message(...params);
}
