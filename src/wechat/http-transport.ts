import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from "undici";
import { msg, say, type Message } from "../i18n/message.js";
import { redact } from "../secrets.js";
import { SINGLE_ACCOUNT_VARIABLES } from "./credentials.js";

/** WeChat's public endpoint (SPEC section 5); WECHAT_API_BASE points elsewhere (sandbox, gateway). */
export const DEFAULT_API_BASE = "https://api.weixin.qq.com";

/** Default for connect, headers and body timeouts: WeChat answers in well under a second. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** An HTTP answer whose body was JSON. */
export interface JsonAnswer {
  status: number;
  body: unknown;
}

/**
 * No usable answer: a network fault, a timeout, a non-JSON body or an HTTP error status.
 * `message` is English (logs); `text` the same in the operator's language.
 */
export class TransportFailure extends Error {
  constructor(
    readonly text: Message,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(say("en", text));
    this.name = "TransportFailure";
  }
}

export interface Transport {
  /** The base URL, for messages (it never carries a token). */
  readonly baseUrl: string;
  /** Sends one request with a JSON body; `query` carries the access token and is never shown. */
  send(
    method: "GET" | "POST",
    path: string,
    query: Record<string, string>,
    body?: unknown,
  ): Promise<JsonAnswer>;
  close(): Promise<void>;
}

export interface TransportOptions {
  baseUrl: string;
  /** The variable the base came from, named when the base looks wrong; default WECHAT_API_BASE. */
  baseVariable?: string;
  timeoutMs?: number;
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (either case). */
  env?: NodeJS.ProcessEnv;
}

/** Codes that no retry can cure: the host does not exist, or TLS does not trust it. */
// UND_ERR_CLOSED / UND_ERR_DESTROYED: the client was closed (the command is ending, e.g. the
// file turned out invalid while the first page was on its way); retrying only delays the exit.
const PERMANENT_NETWORK_CODE =
  /^(ENOTFOUND|ERR_TLS|CERT_|UNABLE_TO|SELF_SIGNED|DEPTH_ZERO|UND_ERR_CLOSED|UND_ERR_DESTROYED)/;

/**
 * One shared keep-alive dispatcher for all calls of a client. With a proxy in the environment
 * (HTTPS_PROXY/HTTP_PROXY, honouring NO_PROXY) undici's EnvHttpProxyAgent routes through it:
 * a fixed-egress proxy is how CI meets WeChat's IP whitelist.
 */
export function createDispatcher(options: {
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
}): Dispatcher {
  const { env, timeoutMs } = options;
  const agentOptions = {
    connect: { timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    keepAliveTimeout: 10_000,
  };
  const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY;
  const httpProxy = env.http_proxy ?? env.HTTP_PROXY;
  if (!httpsProxy && !httpProxy) return new Agent(agentOptions);
  const noProxy = env.no_proxy ?? env.NO_PROXY;
  return new EnvHttpProxyAgent({
    ...agentOptions,
    // Given explicitly so that the Io's environment wins over process.env; an empty string
    // means "no proxy for this scheme" to undici.
    httpProxy: httpProxy ?? "",
    httpsProxy: httpsProxy ?? "",
    noProxy: noProxy ?? "",
  });
}

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const variable = options.baseVariable ?? SINGLE_ACCOUNT_VARIABLES.apiBase;
  const dispatcher = createDispatcher({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    env: options.env ?? process.env,
  });
  return {
    baseUrl,
    async send(method, path, query, body) {
      const shown = `${method} ${path}`;
      const search = new URLSearchParams(query).toString();
      const url = `${baseUrl}${path}${search ? `?${search}` : ""}`;
      let status: number;
      let text: string;
      try {
        const answer = await request(url, {
          method,
          dispatcher,
          headers: body === undefined ? {} : { "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        status = answer.statusCode;
        text = await answer.body.text();
      } catch (error) {
        throw networkFailure(shown, error);
      }
      if (status >= 500 || status === 429) {
        throw new TransportFailure(
          msg("wechat.http.status", { request: shown, status }),
          true,
          status,
        );
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        // A gateway's HTML error page or a cut-off body: a server-side blip when the status
        // says OK, a wrong WECHAT_API_BASE otherwise.
        if (status >= 200 && status < 300) {
          throw new TransportFailure(
            msg("wechat.http.notJson", { request: shown, status }),
            true,
            status,
          );
        }
        throw new TransportFailure(
          msg("wechat.http.notJsonCheckBase", { request: shown, status, base: baseUrl, variable }),
          false,
          status,
        );
      }
      // WeChat answers its errors as JSON with an errcode (usually HTTP 200). A 4xx without
      // one is not WeChat: a wrong WECHAT_API_BASE or a proxy's own answer. Taking its body
      // as a success would read an empty live list, so it fails here.
      const errcode = (parsed as { errcode?: unknown } | null)?.errcode;
      if ((status < 200 || status >= 300) && typeof errcode !== "number") {
        throw new TransportFailure(
          msg("wechat.http.noErrcode", { request: shown, status, base: baseUrl, variable }),
          false,
          status,
        );
      }
      return { status, body: parsed };
    },
    close: () => dispatcher.close(),
  };
}

/** A network error as a message that names the call but never the URL's query (the token). */
export function networkFailure(shown: string, error: unknown): TransportFailure {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const detail = redact(stripUrls(message));
  return new TransportFailure(
    msg("wechat.http.failed", {
      request: shown,
      detail,
      ...(code && !detail.includes(code) ? { code } : {}),
    }),
    !(code && PERMANENT_NETWORK_CODE.test(code)),
  );
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === "string") return own;
  const cause = (error as { cause?: unknown }).cause;
  return cause === error ? undefined : errorCode(cause);
}

/** Drops the query string of every URL in a text: queries carry the access token. */
export function stripUrls(text: string): string {
  return text.replace(/(\bhttps?:\/\/[^\s?#"']*)\?[^\s"'#]*/gi, "$1");
}
