import { CallLog } from "./call-log.js";
import { FaultInjector } from "./fault-injector.js";
import { createPrng, randomHex } from "./prng.js";
import { SandboxAccount } from "./sandbox-account.js";
import type { SandboxFaults, SandboxState } from "./sandbox-types.js";
import { TokenIssuer } from "./token-issuer.js";
import { validateFaults } from "./validate-faults.js";
import { WechatHandler } from "./wechat-handler.js";

/** Everything one emulated Official Account is made from (defaults already applied). */
export interface TenantSpec {
  name: string;
  /** The middle of its variables (WECHAT_<ENV>_APPSECRET), as wxbl.yaml derives it. */
  env: string;
  seed: number;
  /** What its generated openids start with ("o" + 5 base64url characters). */
  openidPrefix: string;
  appid?: string | undefined;
  secret?: string | undefined;
  followers: number;
  blocked: number;
  state?: { followers: string[]; blacklist: string[] } | undefined;
  pageSize: number;
  tokenTtlSeconds: number;
  faults: SandboxFaults;
  callLogLimit: number;
}

/**
 * One Official Account of the sandbox, with everything of its own: appid and secret,
 * followers and blacklist, tokens, quotas and faults, and call log. A sandbox of several
 * accounts holds several of these; nothing is shared between them.
 */
export class SandboxTenant {
  readonly name: string;
  readonly env: string;
  readonly appid: string;
  readonly secret: string;
  readonly pageSize: number;
  readonly openidPrefix: string;
  readonly account: SandboxAccount;
  readonly log: CallLog;
  readonly faults: FaultInjector;
  readonly handler: WechatHandler;

  constructor(spec: TenantSpec, now: () => number, onToken: (token: string) => void) {
    const credentialPrng = createPrng(spec.seed, "credentials");
    this.name = spec.name;
    this.env = spec.env;
    this.appid = spec.appid ?? `wx${randomHex(credentialPrng, 16)}`;
    this.secret = spec.secret ?? randomHex(credentialPrng, 32);
    this.pageSize = spec.pageSize;
    this.openidPrefix = spec.openidPrefix;
    this.faults = new FaultInjector(spec.seed, validateFaults(spec.faults), now);
    this.account = new SandboxAccount(spec);
    this.log = new CallLog(spec.callLogLimit);
    const tokens = new TokenIssuer(spec.seed, spec.tokenTtlSeconds * 1000, now, onToken);
    this.handler = new WechatHandler(
      this.account,
      tokens,
      this.faults,
      this.log,
      { appid: this.appid, secret: this.secret },
      () => this.pageSize,
      spec.seed,
    );
  }

  state(withBlacklist = true): SandboxState {
    return {
      name: this.name,
      openidPrefix: this.openidPrefix,
      appid: this.appid,
      followers: this.account.followerCount,
      blacklist: withBlacklist ? this.account.blacklist.list() : [],
      calls: this.log.calls(),
      blocked: this.account.blacklist.size,
      counts: { ...this.log.counts },
      errcodes: { ...this.log.errcodes },
      forceRefreshes: this.log.forceRefreshes,
    };
  }

  setFaults(next: SandboxFaults): void {
    this.faults.set(validateFaults(next));
  }

  resetLog(): void {
    this.log.clear();
    this.faults.resetCounters();
  }
}
