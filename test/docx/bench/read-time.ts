/**
 * Measures how long `readDocx` takes on the two typical reports of the fixtures (the whole read:
 * unzip, parse, snapshot). Run: npx ts-node --transpile-only test/docx/bench/read-time.ts
 * Figures are recorded in docs/decisions/xml-parser.md.
 */
import { readDocx } from "../../../src/docx";
import { docxLibraryReport } from "../fixtures/docx-library-report";
import { wordLikeReport } from "../fixtures/word-like-report";

function measure(name: string, bytes: Uint8Array): void {
  for (let i = 0; i < 100; i++) readDocx(bytes);
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    readDocx(bytes);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): string => samples[Math.floor(samples.length * q)].toFixed(2);
  console.log(`${name} (${bytes.length} bytes): min ${at(0)} ms, median ${at(0.5)} ms, p90 ${at(0.9)} ms`);
}

void (async () => {
  measure("docx-library report", await docxLibraryReport());
  measure("Word-like report", wordLikeReport());
})();
