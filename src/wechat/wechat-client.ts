import { msg, say } from "../i18n/message.js";
import { MAX_BATCH_SIZE, type BlacklistApi, type BlacklistPage } from "./blacklist-api.js";
import {
  SINGLE_ACCOUNT_VARIABLES,
  type CredentialVariables,
  type Credentials,
} from "./credentials.js";
import { describeErrcode } from "./error-codes.js";
import {
  DEFAULT_API_BASE,
  TransportFailure,
  createTransport,
  type Transport,
} from "./http-transport.js";
import { RateLimitGate } from "./rate-limit-gate.js";
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./retry-policy.js";
import {
  cachingTokenSource,
  staticTokenSource,
  type IssuedToken,
  type TokenSource,
} from "./token-source.js";
import { WechatError } from "./wechat-error.js";

export interface WechatClientOptions {
  /** Default: env WECHAT_API_BASE, else https://api.weixin.qq.com. */
  baseUrl?: string;
  credentials: Credentials;
  /**
   * The variables the credentials and the base came from, named in the hints of a rejected
   * AppID, AppSecret or token; default the single-account WECHAT_APPID, WECHAT_APPSECRET,
   * WECHAT_ACCESS_TOKEN, WECHAT_API_BASE. With wxbl.yaml: the account's own (SPEC 11).
   */
  variables?: CredentialVariables;
  retry?: Partial<RetryPolicy>;
  /** Default 60,000 (WeChat's limit is per minute): on 45011 every call pauses this long. */
  rateLimitWaitMs?: number;
  /** 45011 waits one call may sit through before it fails with kind "rate-limited". */
  maxRateLimitWaits?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Verbose log lines; they never carry a URL query, a token or a secret. */
  log?: (line: string) => void;
  /** Connect, headers and body timeout. */
  timeoutMs?: number;
  /** Where WECHAT_API_BASE and the proxy variables are read; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface WechatClient extends BlacklistApi {
  /** Known only with appid/secret credentials. */
  readonly appid: string | undefined;
  /** HTTP requests made, per call name ("getblacklist", "stable_token", ...), retries included. */
  readonly stats: { calls: Record<string, number> };
  close(): Promise<void>;
}

/** How long every call pauses on 45011: WeChat's limit is per minute (`--rate-limit-wait`). */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
/** Five waits of a minute: far past any per-minute window, short of hanging a CI job. */
export const DEFAULT_MAX_RATE_LIMIT_WAITS = 5;
/**
 * Token renewals one call may make when each new token worked for a while and then expired
 * (a rotation mid-run). A new token rejected before it ever worked stops at once.
 */
export const MAX_TOKEN_RENEWALS_PER_CALL = 3;

const PATHS = {
  stable_token: "/cgi-bin/stable_token",
  token: "/cgi-bin/token",
  getblacklist: "/cgi-bin/tags/members/getblacklist",
  batchblacklist: "/cgi-bin/tags/members/batchblacklist",
  batchunblacklist: "/cgi-bin/tags/members/batchunblacklist",
} as const;
type CallName = keyof typeof PATHS;

export function createWechatClient(options: WechatClientOptions): WechatClient {
  const env = options.env ?? process.env;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  const rateLimitWaitMs = options.rateLimitWaitMs ?? DEFAULT_RATE_LIMIT_WAIT_MS;
  const maxRateLimitWaits = options.maxRateLimitWaits ?? DEFAULT_MAX_RATE_LIMIT_WAITS;
  const variables = options.variables ?? SINGLE_ACCOUNT_VARIABLES;
  /** The token variable and the account, for the messages of a rejected token. */
  const tokenVariable = { variable: variables.token, account: variables.account };
  const transport: Transport = createTransport({
    baseUrl: options.baseUrl ?? (env.WECHAT_API_BASE?.trim() || DEFAULT_API_BASE),
    baseVariable: variables.apiBase,
    timeoutMs: options.timeoutMs,
    env,
  });
  const gate = new RateLimitGate(now, sleep);
  const calls: Record<string, number> = {};
  const { credentials } = options;

  /**
   * One call with the client's policies: the 45011 gate, retries with backoff for busy,
   * 5xx and network faults. Returns the JSON object of a success (errcode absent or 0);
   * `onToken` decides what a token error does (retry with a new token, or throw).
   */
  async function exchange(
    name: CallName,
    send: () => Promise<{ answer: unknown; sentAt: number }>,
    onTokenError?: (errcode: number) => Promise<void>,
  ): Promise<Record<string, unknown>> {
    let attempt = 1;
    let rateLimitWaits = 0;
    for (;;) {
      await gate.wait();
      let answer: unknown;
      let sentAt: number;
      try {
        ({ answer, sentAt } = await send());
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error;
        if (error.retryable && attempt < policy.attempts) {
          await backoff(name, ++attempt, error.message);
          continue;
        }
        throw new WechatError({
          errcode: undefined,
          call: name,
          kind: "network",
          message: msg("wechat.network", {
            problem: error.text,
            ...(error.retryable ? { tries: attempt } : {}),
            base: transport.baseUrl,
            variable: variables.apiBase,
          }),
        });
      }
      if (typeof answer !== "object" || answer === null || Array.isArray(answer)) {
        if (attempt < policy.attempts) {
          await backoff(name, ++attempt, "the answer is not a JSON object");
          continue;
        }
        throw new WechatError({
          errcode: undefined,
          call: name,
          kind: "network",
          message: msg("wechat.notAnObject", { call: name, tries: attempt }),
        });
      }
      const body = answer as Record<string, unknown>;
      const errcode = body.errcode === undefined ? 0 : Number(body.errcode);
      if (errcode === 0) return body;
      const info = describeErrcode(errcode, variables);
      if (info.kind === "retryable" && attempt < policy.attempts) {
        await backoff(name, ++attempt, say("en", info.meaning));
        continue;
      }
      if (info.kind === "rate-limited" && rateLimitWaits < maxRateLimitWaits) {
        rateLimitWaits += 1;
        gate.close(rateLimitWaitMs, sentAt);
        log(
          `${name}: ${say("en", info.meaning)}; every call pauses for ${rateLimitWaitMs >= 1000 ? `${Math.round(rateLimitWaitMs / 1000)} s` : `${rateLimitWaitMs} ms`} (wait ${rateLimitWaits} of ${maxRateLimitWaits})`,
        );
        continue;
      }
      if (info.kind === "token" && onTokenError) {
        await onTokenError(errcode);
        continue;
      }
      throw new WechatError({
        errcode,
        call: name,
        kind: info.kind,
        message: msg("wechat.callFailed", {
          call: name,
          meaning: info.meaning,
          next: info.next,
          ...(info.kind === "retryable" ? { tries: attempt } : {}),
          ...(info.kind === "rate-limited" ? { waits: rateLimitWaits } : {}),
        }),
      });
    }
  }

  async function backoff(name: CallName, nextAttempt: number, why: string): Promise<void> {
    const delay = retryDelayMs(policy, nextAttempt, random);
    log(`${name}: ${why}; try ${nextAttempt} of ${policy.attempts} in ${delay} ms`);
    await sleep(delay);
  }

  /** One HTTP request, counted in stats; resolves to the JSON answer and when it was sent. */
  const timed = async (
    name: CallName,
    method: "GET" | "POST",
    path: string,
    query: Record<string, string>,
    body?: unknown,
  ) => {
    calls[name] = (calls[name] ?? 0) + 1;
    const sentAt = now();
    const { body: answer } = await transport.send(method, path, query, body);
    return { answer, sentAt };
  };

  async function fetchToken(): Promise<IssuedToken> {
    if (credentials.kind !== "appsecret") throw new Error("no appid/secret to fetch a token with");
    const { appid, secret } = credentials;
    const name: CallName = credentials.legacyTokenEndpoint ? "token" : "stable_token";
    log(`${name}: getting an access token for ${appid}`);
    const body = await exchange(name, () =>
      credentials.legacyTokenEndpoint
        ? timed(name, "GET", PATHS.token, { grant_type: "client_credential", appid, secret })
        : // Normal mode only: force_refresh true would invalidate every other service's token.
          timed(
            name,
            "POST",
            PATHS.stable_token,
            {},
            {
              grant_type: "client_credential",
              appid,
              secret,
              force_refresh: false,
            },
          ),
    );
    const accessToken = body.access_token;
    if (typeof accessToken !== "string" || accessToken === "") {
      throw new WechatError({
        errcode: undefined,
        call: name,
        kind: "fatal",
        message: msg("wechat.noAccessToken", {
          call: name,
          base: transport.baseUrl,
          variable: variables.apiBase,
        }),
      });
    }
    return { accessToken, expiresIn: Number(body.expires_in) };
  }

  const tokens: TokenSource =
    credentials.kind === "token"
      ? staticTokenSource(credentials.accessToken)
      : cachingTokenSource(fetchToken, now);

  /** Tokens WeChat accepted at least once: their later rejection is an expiry, not a broken token. */
  const acceptedTokens = new Set<string>();

  /**
   * An authenticated POST. On a token error: get the token again (never force-refresh) and try
   * once more. If the new token is rejected too before WeChat ever accepted it, stop: something
   * else is invalidating the account's tokens. A token that worked and expired later (a rotation
   * mid-run) may be renewed again, up to MAX_TOKEN_RENEWALS_PER_CALL times for one call.
   */
  async function authenticated(name: CallName, body: unknown): Promise<Record<string, unknown>> {
    let used = "";
    let renewals = 0;
    const answer = await exchange(
      name,
      async () => {
        // Asked on every try: a long 45011 pause can outlast the cached token.
        used = await tokens.get();
        return timed(name, "POST", PATHS[name], { access_token: used }, body);
      },
      async (errcode) => {
        const info = describeErrcode(errcode, variables);
        if (!tokens.renewable) {
          throw new WechatError({
            errcode,
            call: name,
            kind: "token",
            message: msg("wechat.givenTokenRejected", {
              call: name,
              meaning: info.meaning,
              ...tokenVariable,
            }),
          });
        }
        if (
          (renewals > 0 && !acceptedTokens.has(used)) ||
          renewals >= MAX_TOKEN_RENEWALS_PER_CALL
        ) {
          throw new WechatError({
            errcode,
            call: name,
            kind: "token",
            message: msg("wechat.newTokenRejected", {
              call: name,
              meaning: info.meaning,
              ...tokenVariable,
            }),
          });
        }
        renewals += 1;
        tokens.invalidate(used);
        log(`${name}: ${say("en", info.meaning)}; getting the token again`);
        if ((await tokens.get()) === used) {
          throw new WechatError({
            errcode,
            call: name,
            kind: "token",
            message: msg("wechat.sameTokenBack", {
              call: name,
              meaning: info.meaning,
              ...tokenVariable,
            }),
          });
        }
      },
    );
    acceptedTokens.add(used);
    return answer;
  }

  function checkBatch(action: string, openids: readonly string[]): void {
    if (openids.length < 1 || openids.length > MAX_BATCH_SIZE) {
      throw new Error(
        `${action} takes 1 to ${MAX_BATCH_SIZE} openids per call (WeChat's batch limit), got ${openids.length}`,
      );
    }
  }

  return {
    appid: credentials.kind === "appsecret" ? credentials.appid : undefined,
    stats: { calls },
    async getBlacklistPage(beginOpenid: string): Promise<BlacklistPage> {
      return (await authenticated("getblacklist", { begin_openid: beginOpenid })) as BlacklistPage;
    },
    async block(openids: readonly string[]): Promise<void> {
      checkBatch("block", openids);
      await authenticated("batchblacklist", { openid_list: [...openids] });
    },
    async unblock(openids: readonly string[]): Promise<void> {
      checkBatch("unblock", openids);
      await authenticated("batchunblacklist", { openid_list: [...openids] });
    },
    close: () => transport.close(),
  };
}
