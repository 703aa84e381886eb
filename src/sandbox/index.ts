/** The local WeChat API emulator (SPEC 6). Shares no code with src/wechat/. */
export { startSandbox } from "./start-sandbox.js";
export type {
  Sandbox,
  SandboxCall,
  SandboxFaultKind,
  SandboxFaults,
  SandboxOptions,
  SandboxState,
} from "./sandbox-types.js";
