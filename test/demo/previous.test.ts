/** @jest-environment jsdom */
import { createDemoPort } from "../../src/demo/demo-port";
import type { StoredPrevious } from "../../src/word";
import { PREVIOUS_SETTING } from "../../src/word/previous-store";

const stored: StoredPrevious = {
  version: 1,
  name: "上年.docx",
  truncated: false,
  report: { year: 2021, carriedForward: { total: 2 }, inForce: {}, sections: { s5: ["没有问题。"] } },
};
const port = () => createDemoPort(document.createElement("div"), { blocks: [] });

describe("last year's report on the demo page", () => {
  beforeEach(() => localStorage.clear());

  it("is kept in localStorage, so another document and a reload still have it", async () => {
    expect(await port().loadPrevious!()).toEqual({ ok: true, value: null });
    expect(await port().savePrevious!(stored)).toEqual({ ok: true, value: undefined });
    expect(JSON.parse(localStorage.getItem(PREVIOUS_SETTING) as string)).toEqual(stored);
    expect(await port().loadPrevious!()).toEqual({ ok: true, value: stored });
  });

  it("is forgotten on 移除", async () => {
    await port().savePrevious!(stored);
    await port().savePrevious!(null);
    expect(localStorage.getItem(PREVIOUS_SETTING)).toBeNull();
    expect(await port().loadPrevious!()).toEqual({ ok: true, value: null });
  });

  it("ignores what is not a stored report", async () => {
    localStorage.setItem(PREVIOUS_SETTING, "{not json");
    expect(await port().loadPrevious!()).toEqual({ ok: true, value: null });
  });
});
