import type { wechat as en } from "../en/wechat.js";

/** 简体中文：微信客户端的消息（调用失败、HTTP、缺少凭据、读取线上黑名单）。 */
/** “公众号”或“公众号 shop 的”。 */
const whose = (account: string | undefined) =>
  account === undefined ? "公众号" : `公众号 ${account} 的`;

const tokenRejectedAgain = (p: { variable: string; account?: string }) =>
  "wxbl 重新获取了 token，微信同样拒绝了新的 token；可能有其他服务在用 GET /cgi-bin/token " +
  `刷新${p.account === undefined ? "公众号的" : whose(p.account)} token（每调用一次，上一个 token 就会失效）：` +
  `请把${whose(p.account)} token 中控服务发放的 token 放进 ${p.variable} 交给 wxbl`;

export const wechat: typeof en = {
  "wechat.network": (p) =>
    `${p.problem}${p.tries === undefined ? "" : `（已尝试 ${p.tries} 次，放弃）`}；请检查到 ${p.base} 的网络连接（${p.variable}、HTTPS_PROXY）后再试`,
  "wechat.notAnObject": (p) =>
    `${p.call} 调用失败：微信的应答不是 JSON 对象（已尝试 ${p.tries} 次，放弃）`,
  "wechat.callFailed": (p) => {
    const after =
      p.tries !== undefined
        ? `（已尝试 ${p.tries} 次，放弃）`
        : p.waits !== undefined
          ? `（已等待 ${p.waits} 次，放弃）`
          : "";
    return `${p.call} 调用失败：${p.meaning}${after}。下一步：${p.next}。`;
  },
  "wechat.givenTokenRejected": (p) =>
    `${p.call} 调用失败：微信拒绝了${p.account === undefined ? " " : `公众号 ${p.account} 的 `}${p.variable} 提供的 token：${p.meaning}。下一步：从${p.account === undefined ? "公众号的" : whose(p.account)} token 中控服务取一个新的 token，再运行一次。`,
  "wechat.newTokenRejected": (p) =>
    `${p.call} 调用失败：${p.meaning}，换了新 token 之后依然如此。下一步：${tokenRejectedAgain(p)}。`,
  "wechat.sameTokenBack": (p) =>
    `${p.call} 调用失败：${p.meaning}，而 token 接口返回的还是同一个 token。下一步：${tokenRejectedAgain(p)}。`,
  "wechat.noAccessToken": (p) =>
    `${p.call} 的应答里没有 access_token；请检查 ${p.variable}（${p.base}）`,

  "wechat.http.status": (p) => `${p.request} 返回了 HTTP ${p.status}`,
  "wechat.http.notJson": (p) => `${p.request} 返回了 HTTP ${p.status}，但响应体不是 JSON`,
  "wechat.http.notJsonCheckBase": (p) =>
    `${p.request} 返回了 HTTP ${p.status}，但响应体不是 JSON；请检查 ${p.variable}（${p.base}）`,
  "wechat.http.noErrcode": (p) =>
    `${p.request} 返回了 HTTP ${p.status}，却没有微信的 errcode；请检查 ${p.variable}（${p.base}）和代理设置`,
  "wechat.http.failed": (p) =>
    `${p.request} 失败：${p.detail}${p.code === undefined ? "" : `（${p.code}）`}`,

  "wechat.credentials.missing": (p) => {
    const missing =
      p.missing === "secret"
        ? "没有设置 WECHAT_APPSECRET"
        : p.missing === "appid"
          ? "没有设置 WECHAT_APPID"
          : "一个凭据都没有设置";
    return (
      `缺少微信凭据：${missing}。请设置 WECHAT_ACCESS_TOKEN（公众号 token 中控服务发放的 token），` +
      "或者同时设置 WECHAT_APPID 和 WECHAT_APPSECRET；只想在本地试一试的话，先运行 `wxbl sandbox`，" +
      "再把它打印的环境变量粘贴进来。"
    );
  },

  "wechat.live.interrupted": (p) =>
    `读取线上黑名单时被中断（已读 ${p.pages} 页）；没有做任何改动。重新运行命令即可从头开始。`,
  "wechat.live.endlessPaging": (p) =>
    `读取线上黑名单：已经翻了 ${p.pages} 页、读到 ${p.ids} 个 id，仍未结束，超出了` +
    `${p.total === undefined ? "（微信未给出总数的）名单" : ` ${p.total} 个 id 的名单`}所需的页数；` +
    "服务器的分页停不下来。没有做任何改动；请稍后再试，如果反复出现请提交问题报告。",
  "wechat.live.totalDiffers": (p) =>
    `线上黑名单读到 ${p.ids} 个不重复的 id，但微信报告的总数是 ${p.total}（读取期间名单可能有变动）`,
};
