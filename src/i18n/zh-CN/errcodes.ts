import type { errcodes as en } from "../en/errcodes.js";

/** 简体中文：每个微信 errcode 的含义和下一步怎么做。错误码表本身在 src/wechat/error-codes.ts。 */
/** “公众号的”或“公众号 shop 的”。 */
const whose = (account: string | undefined) =>
  account === undefined ? "公众号的" : `公众号 ${account} 的`;

const PROXY_BODY = (what: string) =>
  `可能是代理${what}了请求体；请检查 HTTPS_PROXY，或者提交问题报告`;

export const errcodes: typeof en = {
  "errcode.busy": () => "微信系统繁忙（errcode -1）",
  "errcode.busy.next": () => "wxbl 会自动退避重试；如果一直这样，请过几分钟再试",
  "errcode.40001": () => "access token 无效，或者已经不是最新的那个（errcode 40001）",
  "errcode.40014": () => "access token 不是合法的 token（errcode 40014）",
  "errcode.42001": () => "access token 已过期（errcode 42001）",
  "errcode.token.next": (p) =>
    `wxbl 会自己重新获取一次 token；如果你用的是 ${p.variable}，请从${whose(p.account)} token 中控服务取一个新的`,
  "errcode.40003": () => "有 openid 无效，或者不是本公众号的粉丝（errcode 40003）",
  "errcode.40003.next": () => "检查文件里的这个 openid：它必须属于关注了本公众号的用户",
  "errcode.49003": () => "有 openid 属于另一个 AppID（errcode 49003）",
  "errcode.49003.next": () =>
    "每个公众号的 openid 都不一样：请使用本公众号的 openid，不要拿别的公众号的",
  "errcode.40032": () => "openid 列表的个数不在 1 到 20 之间（errcode 40032）",
  "errcode.40032.next": () => "这是 wxbl 的 bug（它每批最多发 20 个）；请提交问题报告",
  "errcode.44002": () => "微信收到的请求体是空的（errcode 44002）",
  "errcode.44002.next": () => PROXY_BODY("去掉"),
  "errcode.47001": () => "微信无法把请求体解析成 JSON（errcode 47001）",
  "errcode.47001.next": () => PROXY_BODY("改写"),
  "errcode.45009": () => "公众号今天调用这个接口的次数已经用完（errcode 45009）",
  "errcode.45009.next": () => "明天再试（调用次数每天重置）；下次运行会从这次停下的地方接着做",
  "errcode.45011": () => "超过了每分钟的调用频率限制（errcode 45011）",
  "errcode.45011.next": () =>
    "wxbl 会让所有调用暂停 --rate-limit-wait 秒后再重试；可以调小 --concurrency 或调大 --rate-limit-wait",
  "errcode.48001": () => "这个公众号没有调用该接口的权限（errcode 48001）",
  "errcode.48001.next": () => "只有完成微信认证的公众号才能管理黑名单：请先在公众号后台完成认证",
  "errcode.40013": () => "AppID 无效（errcode 40013）",
  "errcode.40013.next": (p) =>
    p.account === undefined || p.file === undefined
      ? `检查 ${p.variable}：它应当是公众号的 AppID（wx 开头，后面 16 个字符）`
      : `检查 ${p.file} 里的 appid 一行（以及设置了的话 ${p.variable}）：它应当是公众号 ${p.account} 的 AppID（wx 开头，后面 16 个字符）`,
  "errcode.40125": () => "AppSecret 无效（errcode 40125）",
  "errcode.40125.next": (p) =>
    p.account === undefined
      ? `到公众号后台（设置与开发 > 基本配置）核对 ${p.variable}`
      : `到公众号 ${p.account} 的后台（设置与开发 > 基本配置）核对 ${p.variable}（这个公众号的 AppSecret）`,
  "errcode.40164": () => "本机的 IP 地址不在公众号的 IP 白名单里（errcode 40164）",
  "errcode.40164.next": (p) =>
    `在${p.account === undefined ? "公众号" : `公众号 ${p.account} 的`}后台（设置与开发 > 基本配置）把本机的公网 IP 加进 IP 白名单；或者绕开白名单：` +
    `用 ${p.variable} 提供公众号${p.account === undefined ? "" : ` ${p.account} 的`} token 中控服务发放的 token，用 HTTPS_PROXY 走固定出口 IP 的代理，` +
    "或者在 IP 已加白的自托管 runner 上运行",
  "errcode.41001": () => "请求里没有带 access token（errcode 41001）",
  "errcode.41001.next": () => "这是 wxbl 的 bug，或者代理丢掉了查询参数；请提交问题报告",
  "errcode.unknown": (p) => `微信返回了 errcode ${p.errcode}，wxbl 不认识这个错误码`,
  "errcode.unknown.next": () =>
    "在微信的全局返回码说明里查一下这个错误码；如果 wxbl 应该处理它，请提交问题报告",
};
