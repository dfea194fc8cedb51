/**
 * Time of the hostile documents of test/docx/fixtures/hostile.ts at full size: read, annotated
 * copy and fixed copy, as `report-check --annotate --fix` does them. Run:
 * npx ts-node --transpile-only bench/hostile.ts
 */
import { DocxError, readDocx } from "../src/docx";
import { annotateDocx, applyFixesToDocx } from "../src/docx/write";
import { docx } from "../test/docx/fixtures/opc";
import { HOSTILE } from "../test/docx/fixtures/hostile";

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
  const read = ms(() => readDocx(bytes));
  const annotate = ms(() => annotateDocx(bytes, { shade: [], comments: [{ ref: { p: 0 }, text: "批注" }] }));
  const fix = ms(() =>
    applyFixesToDocx(bytes, [
      {
        op: "set-paragraph-prefix",
        at: { table: "table1", row: "r", column: "c" },
        ref: { p: 0 },
        from: "3、",
        to: "三、",
      },
    ] as never),
  );
  console.log(`${name}: read ${read}, annotate ${annotate}, fix ${fix}`);
}
