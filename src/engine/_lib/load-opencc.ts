/**
 * OpenCC's t → cn converter, loaded when the engine first meets a traditional character. In Node
 * (CLI, tests, scripts) a lazy require, so a run on simplified reports never loads it. The
 * browser build swaps this file for load-opencc.browser.ts (webpack.config.js), where the pages
 * load OpenCC as a chunk of its own before a check that needs it (src/taskpane/load-simplifier.ts).
 */
export function loadOpenCC(): ((text: string) => string) | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose: see above
  const { Converter } = require("opencc-js/t2cn") as typeof import("opencc-js/t2cn");
  return Converter({ from: "t", to: "cn" });
}
