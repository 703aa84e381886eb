import { BlacklistStore } from "./blacklist-store.js";
import { defaultOpenidPrefix, generateOpenids } from "./generate-openids.js";
import { OpenidIndex } from "./openid-index.js";
import type { SandboxOptions } from "./sandbox-types.js";

/**
 * The in-memory Official Account: its followers and its blacklist (in blocking order).
 * A follower is either blocked (in the blacklist store) or in `others`, never both, so a
 * million followers with a million blocked cost one index, not two.
 */
export class SandboxAccount {
  readonly blacklist: BlacklistStore;
  /** Followers that are not blocked (the index's values are unused). */
  private readonly others: OpenidIndex;

  constructor(
    options: Pick<SandboxOptions, "followers" | "blocked" | "state" | "seed"> & {
      openidPrefix?: string | undefined;
    },
  ) {
    const generated = generateOpenids(
      options.followers ?? 0,
      options.seed ?? 1,
      options.openidPrefix ?? defaultOpenidPrefix(options.seed ?? 1),
    );
    const blocked = Math.min(options.blocked ?? 0, generated.length);
    this.blacklist = new BlacklistStore(blocked);
    this.others = new OpenidIndex(generated.length - blocked);
    for (let i = 0; i < blocked; i++) this.blacklist.block(generated[i] as string);
    this.addFollowers(blocked === 0 ? generated : generated.slice(blocked));
    if (options.state) {
      this.addFollowers(options.state.followers);
      for (const id of options.state.blacklist) this.block(id);
    }
  }

  get followerCount(): number {
    return this.others.size + this.blacklist.size;
  }

  isFollower(id: string): boolean {
    return this.others.has(id) || this.blacklist.has(id);
  }

  addFollowers(openids: readonly string[]): void {
    for (const id of openids) if (!this.blacklist.has(id)) this.others.set(id, 0);
  }

  /** Blocks a follower (a no-op when already blocked). */
  block(id: string): void {
    this.others.delete(id);
    this.blacklist.block(id);
  }

  /** Unblocks a follower (a no-op when not blocked); they stay a follower. */
  unblock(id: string): void {
    if (!this.blacklist.has(id)) return;
    this.blacklist.unblock(id);
    this.others.set(id, 0);
  }
}
