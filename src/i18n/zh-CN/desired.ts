import type { CharacterKind, desired as en } from "../en/desired.js";
import { formatCount } from "../format-number.js";
import { codePoint, cutZh as cut, quoteCut, quoteZh as quote } from "../quote-value.js";

/**
 * 简体中文：关于黑名单文件（src/desired）的消息：加载、YAML 解析和各项检查发现的问题，
 * validate 的输出（文本、markdown、汇总行），以及 fmt 的提示。行号、列号、openid 保持原样。
 */
const SEVERITY = { error: "错误", warning: "警告" } as const;

const CHARACTER: Record<CharacterKind, (character: string) => string> = {
  space: () => "空格",
  tab: () => " Tab 制表符",
  cr: () => "回车符（\\r）",
  whitespace: (character) => `空白字符（U+${codePoint(character)}）`,
  other: (character) => `字符 ${quote(character)}`,
};

const SCALAR = { number: "数字", boolean: "布尔值", null: "空值（null）" } as const;

export const desired: typeof en = {
  "desired.line": (p) => `${p.file}:${p.line}:${p.column}: ${SEVERITY[p.severity]}：${p.message}`,
  "desired.markdownLine": (p) => `- **${SEVERITY[p.severity]}** \`${p.where}\`：${p.message}`,
  "desired.noProblems": (p) => `\`${p.file}\` 没有发现问题。`,
  "desired.summary": (p) =>
    `${p.file}：${formatCount(p.errors)} 个错误，${formatCount(p.warnings)} 个警告，名单共 ${formatCount(p.users)} 个用户`,
  "desired.found": (p) => {
    switch (p.kind) {
      case "null":
        return "空值（null）";
      case "list":
        return "一个列表";
      case "map":
        return "一个映射";
      case "text":
        return `文本 ${quote(p.shown)}`;
      case "number":
        return `数字 ${cut(p.shown)}`;
      case "boolean":
        return `布尔值 ${p.shown}`;
      default:
        return p.shown;
    }
  },

  "desired.cannotRead": (p) => {
    const why =
      p.why === "missing"
        ? "文件不存在；请先创建它（见 README），或者用 --file 指定另一个文件"
        : p.why === "directory"
          ? "这是一个目录；请用 --file 指定文件"
          : p.why === "denied"
            ? "没有读取权限"
            : (p.code ?? "读取出错");
    return `无法读取 ${p.path}：${why}`;
  },
  "desired.worker.failed": (p) =>
    `读取 ${p.path} 失败（${p.error}）；请加上 --verbose 重新运行；文件非常大时，请检查机器的可用内存`,
  "desired.worker.exited": (p) => `读取 ${p.path} 时意外中止（worker 退出码 ${p.code}）`,

  "desired.utf16": () => "文件是 UTF-16 编码的文本；请另存为 UTF-8",
  "desired.notUtf8": () => "文件不是 UTF-8 文本（这里有一个无效字节）；请另存为 UTF-8",
  "desired.controlCharacter": (p) =>
    `文件里有控制字符 U+${p.code}：看起来是二进制文件，而不是 YAML 文本；` +
    "请确认 --file 指向的是黑名单文件，或者删掉这个字符",
  "desired.empty": () => "文件是空的；请以 'version: 1' 和 'users:' 列表开头",
  "desired.noContent": () => "文件里没有内容；请以 'version: 1' 和 'users:' 列表开头",
  "desired.notAMap": (p) => `文件必须是 YAML 映射（version:、users: ……），实际是${p.found}`,
  "desired.yamlUnreadable": (p) => `无法读取这个 YAML：${p.detail}`,
  "desired.tabIndent": () => "缩进里用了 Tab；YAML 只能用空格缩进：请把 Tab 换成空格",
  "desired.duplicateKey": (_p) =>
    "同一个映射里出现了重复的键；每个键只能出现一次：请删掉其中一个，或者给它改名",
  "desired.multipleDocs": () => "文件里有不止一个 YAML 文档（出现了第二个 ---）；请只保留一个文档",
  "desired.invalidYaml": (p) => `不是有效的 YAML：${p.detail}`,

  "desired.unknownKey": (p) => {
    const where = p.inEntry ? "这个条目里有" : p.section === undefined ? "" : `${p.section} 里有`;
    const hint =
      p.near === undefined
        ? `可用的键：${p.allowed.join("、")}`
        : `你是不是想写 ${quote(p.near)}？`;
    return `${where}未知的键 ${quote(p.key)}；${hint}`;
  },
  "desired.missing": (p) => {
    switch (p.key) {
      case "version":
        return "缺少 version；请在文件开头加上 'version: 1'";
      case "users":
        return "缺少 users；请加上 'users:' 并列出要拉黑的 openid（一个都没有就写 'users: []'）";
      case "openid":
        return "这个条目没有 openid；请加上 'openid: o...'，或者删掉这个条目";
      default:
        return `缺少 ${p.key}`;
    }
  },
  "desired.invalid": (p) => `${p.path ?? "文件"} 无效：${p.detail ?? "请对照 schema 检查"}`,
  "desired.version": (p) =>
    `version 必须是 1（这个版本的 wxbl 只认识这一种文件格式），实际是${p.found}`,
  "desired.appid.shape": (p) =>
    `appid ${quote(p.appid)} 看起来不像 appid（应为 wx 加 16 位小写十六进制数字）`,
  "desired.appid.notText": (p) => `appid 必须是 wx0123456789abcdef 这样的文本，实际是${p.found}`,
  "desired.prune": (p) => `prune 必须是 true 或 false，实际是${p.found}`,
  "desired.guard.notMap": (p) =>
    `guard 必须是包含 max_block 和 max_unblock 的映射，实际是${p.found}`,
  "desired.guard.limit": (p) =>
    `guard.${p.key} 必须是一个数量（大于等于 0 的整数）或者 25% 这样的百分比，实际是${p.found}`,
  "desired.guard.over100": (p) =>
    `guard.${p.key} 是 ${cut(p.value)}，超过了 100%；请写不超过 100% 的百分比，或者写一个数量`,
  "desired.users.notList": (p) => `users 必须是 openid 列表（"- o..." 这样的行），实际是${p.found}`,

  "desired.openid.empty": () => "openid 是空的；请填上 openid，或者删掉这个条目",
  "desired.openid.tooLong": (p) =>
    `openid ${quoteCut(p.openid)} 有 ${formatCount(p.openid.length)} 个字符，超过了 128 个`,
  "desired.openid.badCharacter": (p) =>
    `openid ${quote(p.openid)} 里有${(CHARACTER[p.kind] ?? CHARACTER.other)(p.character)}；openid 只能由 A-Z a-z 0-9 _ - 组成（1 到 128 个字符）`,
  "desired.openid.shape": (p) =>
    `openid ${quote(p.openid)} 看起来不像微信 openid（应为以 o 开头的 28 个字符）；请确认复制完整了`,
  "desired.openid.scalar": (p) =>
    `openid ${cut(p.source)} 被 YAML 读成了${SCALAR[p.kind]}；请给它加上引号：${quote(p.source)}`,
  "desired.openid.blank": (p) => `${p.entry ? "条目" : "openid"} 是空的；请填上 openid，或者删掉它`,
  "desired.openid.notText": (p) =>
    p.entry
      ? `条目必须是一个 openid，或者包含 openid、reason、expires 的映射，实际是${p.found}`
      : `openid 必须是 openid 文本，实际是${p.found}`,
  "desired.duplicate": (p) =>
    `openid ${p.openid} 重复了：在第 ${p.first} 行和第 ${p.second} 行；只保留一个（wxbl fmt 会合并完全相同的条目）`,

  "desired.expires.notDate": (p) =>
    `expires ${quote(p.value)} 不是日期；请写成 YYYY-MM-DD，例如 2027-03-01`,
  "desired.expires.notText": (p) => `expires 必须是 YYYY-MM-DD 格式的日期，实际是${p.found}`,
  "desired.expires.noMonth": (p) =>
    `expires ${quote(p.date)} 不是真实存在的日期（没有 ${p.month} 月）；请写成 YYYY-MM-DD`,
  "desired.expires.noDay": (p) =>
    `expires ${quote(p.date)} 不是真实存在的日期（${p.year} 年 ${p.month} 月只有 ${p.days} 天）`,
  "desired.expired": (p) => `已于 ${p.date} 到期（从那天起不再拉黑）；可以删掉这个条目`,
  "desired.reason.notText": (p) => `reason 必须是文本，实际是${p.found}；请加上引号`,

  "desired.fmt.merged": (p) =>
    `合并了 ${p.openid} 在第 ${p.first} 行和第 ${p.second} 行的两个相同条目`,
  "desired.fmt.conflict": (p) =>
    `${p.openid} 出现了两次，但拉黑原因或到期日不同（第 ${p.first} 行和第 ${p.second} 行）；` +
    "请保留你想要的那条，删掉另一条",
};
