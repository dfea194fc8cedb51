/** @jest-environment jsdom */
/**
 * What a failed write is called (src/word/errors.ts and the port's guard). GeneralException is
 * Word's catch-all (a package insertOoxml rejects, #2606; getOoxml on some documents, #6059; a
 * table deleted in a content control, #85; Viewing mode, #5484) and NotAllowed also means "not on
 * this platform" (#6746): neither says the document is protected, so the pane says 文档受保护/只读
 * only for AccessDenied or where Word says the document is protected (`protectionType`,
 * WordApiDesktop 1.4); otherwise it shows Word's error with the details.
 */
import { check } from "../../src/engine";
import { planInsertSection } from "../../src/word";
import { mayBeRefusal, toFailure } from "../../src/word/errors";
import { checkNow, seed002, setup } from "./seeded";

const error = (code: string) => Object.assign(new Error(code), { code, debugInfo: { errorLocation: "X.y" } });

describe("toFailure", () => {
  it.each([
    ["AccessDenied", "protected"],
    ["GeneralException", "host-error"],
    ["NotAllowed", "host-error"],
    ["ApiNotFound", "too-old"],
    ["ItemNotFound", "host-error"],
  ])("calls %s %s, with the code and the failing call in the details", (code, reason) => {
    const failure = toFailure(error(code));
    expect(failure).toMatchObject({ ok: false, reason });
    expect(!failure.ok && failure.detail).toContain(code);
    expect(!failure.ok && failure.detail).toContain("X.y");
  });

  it("leaves GeneralException and NotAllowed to the document's protection state", () => {
    expect(
      ["GeneralException", "NotAllowed", "AccessDenied", "ItemNotFound"].map((c) => mayBeRefusal(error(c))),
    ).toEqual([true, true, false, false]);
  });
});

describe.each([true, false])(
  "a GeneralException during a write, protection state readable: %s",
  (protection) => {
    const editable = () =>
      setup(seed002(), { desktopShading: protection }, { protection, noColorShading: protection });

    it("from insertOoxml in an editable document is a host error with the details, not 文档受保护", async () => {
      const { word, port } = editable();
      const { snapshot, result } = await checkNow(port);
      const plan = planInsertSection(snapshot, result, "s4")!;
      word.faults.writesBeforeFailure = 3; // the heading goes, then the content fails

      const done = await port.insert!(plan);

      expect(done).toMatchObject({ ok: false, reason: "host-error" });
      expect(!done.ok && done.detail).toMatch(/GeneralException/);
    });

    it("in the shading batch of an editable document is a host error with the details, not 文档受保护", async () => {
      const { word, port } = editable();
      const read = await port.read();
      if (!read.ok) throw new Error(read.reason);
      word.faults.writesBeforeFailure = 5;

      const marked = await port.mark(check(read.value.snapshot));

      expect(marked).toMatchObject({ ok: false, reason: "host-error" });
      expect(!marked.ok && marked.detail).toMatch(/GeneralException/);
    });

    it("in a document protected against editing is 文档受保护 where Word says so", async () => {
      const { port } = setup(
        seed002(),
        { protected: true, protectedError: "GeneralException", desktopShading: protection },
        { protection },
      );
      const read = await port.read();
      if (!read.ok) throw new Error(read.reason);

      const marked = await port.mark(check(read.value.snapshot));

      expect(marked).toMatchObject({ ok: false, reason: protection ? "protected" : "host-error" });
    });
  },
);
