import { registerSecret } from "../secrets.js";

/** What a token endpoint gave: the token and its remaining life in seconds. */
export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

/**
 * Where API calls get their access token. `invalidate(stale)` says WeChat rejected `stale`;
 * the next `get()` fetches a new one. However many concurrent calls report the same stale
 * token, there is one fetch, shared by every caller waiting for a token.
 */
export interface TokenSource {
  /** False for a token given from outside (WECHAT_ACCESS_TOKEN): wxbl cannot renew it. */
  readonly renewable: boolean;
  get(): Promise<string>;
  invalidate(stale: string): void;
}

/**
 * Renew this long before WeChat's expiry (stable_token gives 7,200 s; the old and the new
 * token overlap for about 5 minutes around a rotation), but never more than half the life.
 */
export const TOKEN_SAFETY_MARGIN_SECONDS = 300;

/** A token given by the operator, used as is. */
export function staticTokenSource(accessToken: string): TokenSource {
  registerSecret(accessToken);
  return { renewable: false, get: () => Promise.resolve(accessToken), invalidate: () => {} };
}

/** Caches what `fetchToken` issues until its life minus the safety margin is over. */
export function cachingTokenSource(
  fetchToken: () => Promise<IssuedToken>,
  now: () => number,
): TokenSource {
  let cached: { token: string; renewAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  const fetchShared = (): Promise<string> => {
    inFlight ??= fetchToken()
      .then(({ accessToken, expiresIn }) => {
        registerSecret(accessToken);
        const life = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 0;
        const margin = Math.min(TOKEN_SAFETY_MARGIN_SECONDS, life / 2);
        cached = { token: accessToken, renewAt: now() + (life - margin) * 1000 };
        return accessToken;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return {
    renewable: true,
    get() {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      return fetchShared();
    },
    invalidate(stale) {
      // Only the token that was rejected: a newer one fetched meanwhile stays.
      if (cached?.token === stale) cached = undefined;
    },
  };
}
