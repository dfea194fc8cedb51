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

/**
 * The reason Office.js's error gives by itself. Only `AccessDenied` says the document refused the
 * change; `GeneralException` is Word's catch-all (a package insertOoxml rejects, #2606; getOoxml
 * on some documents, #6059; a table deleted in a content control, #85; a write in Viewing mode,
 * #5484) and `NotAllowed` also means "not on this platform" (#6746, #5877): for those a write's
 * caller asks Word whether the document is protected (`mayBeRefusal`) before saying so.
 */
export function toFailure(error: unknown): PortResult<never> {
  const code = (error as { code?: unknown } | null)?.code;
  const message = describeError(error);
  switch (code) {
    case "AccessDenied":
      return fail("protected", message);
    case "ApiNotFound":
    case "NotImplemented":
      return fail("too-old", message);
    default:
      return fail("host-error", message);
  }
}

/** Whether a write's error may be a protected document's refusal, which only its protection state can tell. */
export function mayBeRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "GeneralException" || code === "NotAllowed";
}
