import type { CredentialVariables } from "../../src/wechat/credentials.js";

/**
 * Where the credentials of account shop of a wxbl.yaml come from (SPEC 11): its file and its
 * own WECHAT_SHOP_... variables, as the hints about them must name them.
 */
export const SHOP_VARIABLES: CredentialVariables = {
  account: "shop",
  appid: "WECHAT_SHOP_APPID",
  file: "accounts/shop/blacklist.yaml",
  secret: "WECHAT_SHOP_APPSECRET",
  token: "WECHAT_SHOP_ACCESS_TOKEN",
  apiBase: "WECHAT_SHOP_API_BASE",
};
