import { useEffect, useRef, type RefObject } from "react";
import type { Busy } from "./use-check";
import { yieldToUi } from "./yield-to-ui";

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
    if (first !== "read" && !isLost(active)) return;
    // after the results are painted: focusing needs an up-to-date layout, which in the task that
    // commits the results would lay out the whole pane (and the page) there and then; unless the
    // clerk has moved focus meanwhile
    void yieldToUi().then(() => {
      if (document.activeElement !== active && !isLost(document.activeElement)) return;
      root.current?.querySelector<HTMLElement>("[data-focus-after-work]")?.focus();
    });
  }, [busy]);
}

/** Focus is nowhere useful: on nothing, on the page, on a control gone or disabled. */
const isLost = (active: Element | null): boolean =>
  !active ||
  active === document.body ||
  !active.isConnected ||
  active.matches(":disabled, [aria-disabled=true]");
