/**
 * fflate, loaded the first time it is needed. In Node the CLI inflates with zlib and lists a
 * zip's entries with zipEntries, so reading a .docx there needs fflate only for a zip it cannot
 * list as fflate would or a part zlib cannot inflate; the writer and the browser need it always.
 * Loading it builds its tables in loops V8 then compiles: ≈ 4 ms of a reading thread's start
 * and ≈ 12 ms of compiling (`--cpu-prof`, `--trace-opt`).
 */
export function fflate(): typeof import("fflate") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose: see above
  return (loaded ??= require("fflate") as typeof import("fflate"));
}

let loaded: typeof import("fflate") | undefined;
