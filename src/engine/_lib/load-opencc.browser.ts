/**
 * The browser's stand-in for load-opencc.ts: nothing to load synchronously. The pages load OpenCC
 * as a chunk of its own and hand it to the engine (provideSimplifier) before a check whose text
 * has a traditional character, so the pane's first load does not carry OpenCC.
 */
export function loadOpenCC(): ((text: string) => string) | undefined {
  return undefined;
}
