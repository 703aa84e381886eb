import { publishedSchemaUrl } from "../desired/render-export.js";

/**
 * The blacklist.yaml `wxbl init` writes when no credentials are set: valid, no users, the
 * safe defaults spelled out, and commented examples of both entry forms (SPEC 1). With
 * `users: []` and `prune: true`, an apply that would unblock anything trips the guard, so
 * merging this file into an account that already has a blacklist changes nothing.
 */
export function starterBlacklist(version: string): string {
  return `# yaml-language-server: $schema=${publishedSchemaUrl(version)}
# The desired blacklist of this Official Account, kept by wxbl (written by \`wxbl init\`).
# Change it in a pull request: the plan comment shows what the change does to the live account,
# and merging applies it. \`npx wxbl@${version} validate\` checks it, \`npx wxbl@${version} fmt\` sorts it.
# The account already has a blacklist? Adopt it first, with the account's credentials set:
#   npx wxbl@${version} export --out blacklist.yaml
version: 1
# appid: wx0123456789abcdef   # recommended: refuse to touch any other account
# Live entries missing here get unblocked.
prune: true
# apply refuses a larger change unless forced: a number, or a percentage of the live list.
guard:
  max_block: 25%
  max_unblock: 25%
users: []
# Entries look like this (list them under \`users:\` and drop the \`[]\`):
#   - openid: o6_bmjrPTlm6_2sgVt7hMZOPfL2M
#     reason: spam links in replies (#142)
#     expires: 2027-03-01     # optional: unblocked from this date (UTC) on
#   - oDF3iY9WKs7Jx-4vHq2pZc0aNtLm   # bare form: an openid with no metadata
`;
}
