import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { rules } from "../../../src/engine/rules";

const root = join(__dirname, "../../..");
const files = readdirSync(join(root, "src/engine/rules"))
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .map((f) => f.replace(/\.ts$/, ""));

describe("the rule registry", () => {
  it("registers every rule file once, in alphabetical order, under its file name", () => {
    expect(rules.map((r) => r.id)).toEqual([...files].sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    "%s has metadata, messages in both languages, a test and a doc",
    (id, rule) => {
      expect(rule.meta.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.meta.description.en).toMatch(/[a-z]/);
      for (const m of Object.values(rule.meta.messages)) expect(m.zh && m.en).toBeTruthy();
      expect(existsSync(join(root, "test/engine/rules", `${id}.test.ts`))).toBe(true);
      expect(existsSync(join(root, "docs/rules", `${id}.md`))).toBe(true);
    },
  );
});
