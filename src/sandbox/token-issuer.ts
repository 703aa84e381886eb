import { createPrng, type Prng } from "./prng.js";

/**
 * Access tokens. WeChat keeps the tokens of `GET /cgi-bin/token` and of
 * `POST /cgi-bin/stable_token` apart ("完全隔离，互不影响"): each family has one current
 * token, and getting a new one in a family makes the previous one of that family stale
 * (40001). Both families are accepted by the blacklist calls.
 */
export type TokenFamily = "legacy" | "stable";

interface Token {
  value: string;
  family: TokenFamily;
  expiresAt: number;
}

export type TokenCheck = { ok: true; family: TokenFamily } | { ok: false; errcode: 40001 | 42001 };

/** Real tokens are long opaque strings; 136 characters is a typical length. */
const TOKEN_LENGTH = 136;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

export class TokenIssuer {
  private readonly current = new Map<TokenFamily, Token>();
  private readonly prng: Prng;

  constructor(
    seed: number,
    private readonly ttlMs: number,
    private readonly now: () => number,
    /** Told of every token minted (a sandbox of several accounts routes calls by token). */
    private readonly onMint: (token: string) => void = () => {},
  ) {
    this.prng = createPrng(seed, "tokens");
  }

  /** GET /cgi-bin/token: always a new token; the previous legacy token is stale from now on. */
  issueLegacy(): { token: string; expiresIn: number } {
    const token = this.mint("legacy");
    return { token: token.value, expiresIn: Math.round(this.ttlMs / 1000) };
  }

  /** POST /cgi-bin/stable_token: the current token until it expires or is rotated. */
  stable(forceRefresh: boolean): { token: string; expiresIn: number } {
    let token = this.current.get("stable");
    if (forceRefresh || token === undefined || token.expiresAt <= this.now()) {
      token = this.mint("stable");
    }
    const remaining = Math.max(1, Math.floor((token.expiresAt - this.now()) / 1000));
    return { token: token.value, expiresIn: remaining };
  }

  check(value: string): TokenCheck {
    for (const token of this.current.values()) {
      if (token.value !== value) continue;
      if (token.expiresAt <= this.now()) return { ok: false, errcode: 42001 };
      return { ok: true, family: token.family };
    }
    return { ok: false, errcode: 40001 };
  }

  /** Expires the family's current token now (the fault "token expiry every N calls"). */
  expire(family: TokenFamily): void {
    const token = this.current.get(family);
    if (token) token.expiresAt = Math.min(token.expiresAt, this.now());
  }

  private mint(family: TokenFamily): Token {
    let value = "";
    for (let i = 0; i < TOKEN_LENGTH; i++) value += ALPHABET[this.prng.nextUint32() & 63];
    const token = { value, family, expiresAt: this.now() + this.ttlMs };
    this.current.set(family, token);
    this.onMint(value);
    return token;
  }
}
