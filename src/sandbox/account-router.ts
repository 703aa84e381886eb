import { createPrng, randomHex, type Prng } from "./prng.js";
import type { SandboxTenant } from "./sandbox-tenant.js";
import { PATHS, type WechatRequest } from "./wechat-handler.js";
import { fail, type Reply } from "./wechat-replies.js";

/**
 * Which account a call is for, as WeChat tells (SPEC 11: one server, several accounts): the
 * token calls by their appid, every other call by its access token. A sandbox of one account
 * sends everything to it, exactly as before there were several. A call no account can claim
 * (an unknown appid or token) is answered here, touching no account.
 */
export class AccountRouter {
  private readonly byAppid = new Map<string, SandboxTenant>();
  private readonly byToken = new Map<string, SandboxTenant>();
  private readonly ridPrng: Prng;
  /** Calls no account claimed, per errcode answered. */
  readonly unrouted: Record<string, number> = {};

  private readonly tenants: SandboxTenant[] = [];

  constructor(seed: number) {
    this.ridPrng = createPrng(seed, "router");
  }

  add(tenant: SandboxTenant): void {
    this.tenants.push(tenant);
    this.byAppid.set(tenant.appid, tenant);
  }

  /** A token an account minted: its calls go to that account, even once the token is stale. */
  remember(token: string, tenant: SandboxTenant): void {
    this.byToken.set(token, tenant);
  }

  route(request: WechatRequest): { tenant: SandboxTenant } | { reply: Reply } {
    const [only] = this.tenants;
    if (this.tenants.length === 1 && only) return { tenant: only };
    let tenant: SandboxTenant | undefined;
    let errcode: number;
    if (request.path === PATHS.token || request.path === PATHS.stableToken) {
      const appid =
        request.path === PATHS.token ? request.query.get("appid") : bodyAppid(request.body);
      tenant = appid ? this.byAppid.get(appid) : undefined;
      errcode = appid ? 40013 : 41002;
    } else {
      const token = request.query.get("access_token");
      tenant = token ? this.byToken.get(token) : undefined;
      errcode = token ? 40001 : 41001;
    }
    if (tenant) return { tenant };
    const code = String(errcode);
    this.unrouted[code] = (this.unrouted[code] ?? 0) + 1;
    return { reply: fail(errcode, this.rid()) };
  }

  private rid(): string {
    return `${randomHex(this.ridPrng, 8)}-${randomHex(this.ridPrng, 8)}-00000000`;
  }
}

function bodyAppid(body: string): string | null {
  try {
    const value = JSON.parse(body) as { appid?: unknown } | null;
    return typeof value?.appid === "string" ? value.appid : null;
  } catch {
    return null;
  }
}
