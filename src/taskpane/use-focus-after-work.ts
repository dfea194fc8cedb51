import { useEffect, useRef, type RefObject } from "react";
import type { Busy } from "./use-check";

/**
 * Keyboard and screen-reader users should not be left on a disabled button or on <body> when
 * work ends. After a check, focus moves to the results' headline (the counts); after any other
 * work (fix, clear, repair) it moves there only when the focused control went away or was disabled.
 */
export function useFocusAfterWork(busy: Busy | null, root: RefObject<HTMLElement>): void {
  const started = useRef<Busy | null>(null);
  useEffect(() => {
    if (busy) {
      started.current ??= busy;
      return;
    }
    const first = started.current;
    started.current = null;
    if (!first) return;
    const active = document.activeElement as HTMLElement | null;
    const lost =
      !active ||
      active === document.body ||
      !active.isConnected ||
      active.matches(":disabled, [aria-disabled=true]");
    if (first !== "read" && !lost) return;
    const target = root.current?.querySelector<HTMLElement>("[data-focus-after-work]");
    target?.focus();
  }, [busy]);
}
