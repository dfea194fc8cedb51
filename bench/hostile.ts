/**
 * Time of the hostile documents of test/docx/fixtures/hostile.ts at full size: read, annotated
 * copy and fixed copy, as `report-check --annotate --fix` does them. Run:
 * npx ts-node --transpile-only bench/hostile.ts
 */
import { DocxError } from "../src/docx";
import { docx } from "../test/docx/fixtures/opc";
import { HOSTILE, STEPS } from "../test/docx/fixtures/hostile";

const ms = (run: () => unknown): string => {
  const start = performance.now();
  try {
    run();
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    return `${(performance.now() - start).toFixed(0)} ms (${error.code})`;
  }
  return `${(performance.now() - start).toFixed(0)} ms`;
};

for (const [name, body] of Object.entries(HOSTILE)) {
  const bytes = docx({ body: body(1) });
  const times = Object.entries(STEPS).map(([step, run]) => `${step} ${ms(() => run(bytes))}`);
  console.log(`${name}: ${times.join(", ")}`);
}
