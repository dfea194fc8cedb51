/**
 * Turns what Word throws into a reason the pane can explain. Never swallow a host error: every
 * adapter call returns `{ ok: false, reason }` instead of logging and carrying on.
 */
import { fail, type PortResult } from "./port";

/** "code: message (at errorLocation)", as Office.js gives them, for the clerk to pass on. */
export function describeError(error: unknown): string {
  const e = error as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const message = error instanceof Error ? error.message : String(error);
  const location = e?.debugInfo?.errorLocation;
  return [
    typeof e?.code === "string" && !message.startsWith(e.code) ? `${e.code}: ${message}` : message,
    typeof location === "string" && location ? `（位置 ${location}）` : "",
  ].join("");
}

export function toFailure(error: unknown, writing = false): PortResult<never> {
  const code = (error as { code?: unknown } | null)?.code;
  const message = describeError(error);
  switch (code) {
    case "AccessDenied":
    case "NotAllowed":
      return fail("protected", message);
    case "ApiNotFound":
    case "NotImplemented":
      return fail("too-old", message);
    case "GeneralException":
      // a write Word refuses in a protected or Viewing-mode document (office-js#5484)
      return writing ? fail("protected", message) : fail("host-error", message);
    default:
      return fail("host-error", message);
  }
}
