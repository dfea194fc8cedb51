/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { readDocx } from "../../src/docx";
import { check, type Finding } from "../../src/engine";
import { createWordPort, findingKey, MAX_IGNORED, runCheck } from "../../src/word";
import { IGNORED_SETTING, loadIgnored } from "../../src/word/ignored-store";
import { docxBlocks } from "./docx-blocks";
import { fakeHost, FakeSettings, FakeWord } from "./fake-word";

// jsdom (for DOMParser) has no TextDecoder; browsers and Node have both
Object.assign(globalThis, { TextDecoder });

const sample = new Uint8Array(readFileSync(path.resolve(__dirname, "../../examples/sample-report.docx")));

function setup() {
  const word = new FakeWord(docxBlocks(sample), { desktopShading: true });
  const settings = new FakeSettings();
  return {
    word,
    settings,
    port: createWordPort(fakeHost(word, settings)),
    reopen: () => createWordPort(fakeHost(word, settings.reopen())),
  };
}

describe("a finding's key", () => {
  const findings = check(readDocx(sample)).findings;

  it("is the same for the same finding wherever it sits, and differs between findings", () => {
    const moved = findings.map((f) => ({ ...f, ref: { p: 999 } }) as Finding);
    expect(moved.map(findingKey)).toEqual(findings.map(findingKey));
    expect(new Set(findings.map(findingKey)).size).toBe(findings.length);
  });

  it("changes when the numbers the finding compares change", () => {
    const sum = findings.find((f) => f.rule === "row-total")!;
    expect(findingKey({ ...sum, actual: Number(sum.actual) + 1 })).not.toBe(findingKey(sum));
  });
});

describe("ignored findings in the document", () => {
  it("are remembered across reopening, and their cells are no longer shaded", async () => {
    const { word, port, reopen } = setup();
    const first = await runCheck(port, check);
    if (!first.ok) throw new Error(first.reason);
    const errors = first.value.result.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(1);
    const shaded = JSON.stringify(word.fills());

    const ignored = [{ key: findingKey(errors[0]), message: errors[0].message }];
    expect(await port.saveIgnored!(ignored)).toEqual({ ok: true, value: undefined });
    const again = await runCheck(reopen(), check);
    if (!again.ok) throw new Error(again.reason);
    expect(again.value.ignored).toEqual(ignored);
    // the check still finds it; only marking leaves it out
    expect(again.value.result.findings.map(findingKey)).toContain(ignored[0].key);
    expect(again.value.mark).toMatchObject({ ok: true });
    expect(JSON.stringify(word.fills())).not.toBe(shaded);

    await port.saveIgnored!([]);
    await runCheck(port, check);
    expect(JSON.stringify(word.fills())).toBe(shaded);
  });

  it("keeps the newest MAX_IGNORED, and ignores a setting that is not ours", async () => {
    const { settings, port } = setup();
    const many = Array.from({ length: MAX_IGNORED + 5 }, (_, i) => ({ key: `k${i}`, message: `m${i}` }));
    await port.saveIgnored!(many);
    const loaded = await port.loadIgnored!();
    expect(loaded.ok && loaded.value.map((i) => i.key)).toEqual(many.slice(5).map((i) => i.key));
    settings.set(IGNORED_SETTING, { version: 2, items: many });
    expect(loadIgnored(settings)).toEqual([]);
    settings.set(IGNORED_SETTING, { version: 1, items: [{ key: 1 }, null, { key: "a", message: "b" }] });
    expect(loadIgnored(settings)).toEqual([{ key: "a", message: "b" }]);
  });
});
