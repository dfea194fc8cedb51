/**
 * Turns what Word throws into a reason the pane can explain. Never swallow a host error: every
 * adapter call returns `{ ok: false, reason }` instead of logging and carrying on.
 */
import { fail, type PortResult } from "./port";

export function toFailure(error: unknown): PortResult<never> {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "AccessDenied":
    case "NotAllowed":
      return fail("protected", message);
    case "ApiNotFound":
    case "NotImplemented":
      return fail("too-old", message);
    default:
      return fail("host-error", typeof code === "string" ? `${code}: ${message}` : message);
  }
}
