/**
 * Lets the browser render and paint before the pane starts synchronous work (the engine), so the
 * progress Spinner shows and clicks are not swallowed. Resolves after the next frame has been
 * painted, or after `fallbackMs` where frames do not run (a hidden pane, jsdom).
 */
export function yieldToUi(fallbackMs = 50): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // a task queued from inside a frame callback runs after that frame's paint
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, fallbackMs);
  });
}
