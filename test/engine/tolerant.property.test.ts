/**
 * Headings and labels as clerks mistype them: one character inserted, deleted, replaced or put
 * in its traditional form must leave the section or row bound, with a warning when the words
 * changed, and never a `*-missing` error.
 */
import fc from "fast-check";
import { check, type SnapshotBlock } from "../../src/engine";
import { labelKey } from "../../src/engine/normalise";
import { labelIndex, lookupLabel } from "../../src/engine/tables/label-index";
import { format2021, getTable, officialGrid } from "../../src/template";
import { officialTable, para, report } from "../helpers/snapshot";
import { Converter } from "opencc-js";

const params = { seed: 20261204, numRuns: Number(process.env.FUZZ_RUNS) || 300 };
const toTraditional = Converter({ from: "cn", to: "tw" });
// characters a slip may bring in: common words, no numerals (a numeral would name another item)
const ALPHABET = [
  ..."的是在了有和人这中大为上个我以要他时来用们生到作地出就分对成会可主发动同工也能过子说产种面而方后多定行学法所民得经之进着等部家电力里如水化高自理起小物现实加量都体制机当使点从业本去把性好应它合还因由其些然前外天政日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指区强放决西被干做必战先回则任取据处队南给色光门即保治北造规热领海口东导器压志世金增争济阶油思术极交受联什认共权收证改清己美再采转更单风切打白教速花带安场身车例真务具每目至达走积示议声报斗完类离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞",
];

type Slip = readonly ["insert" | "delete" | "replace" | "traditional", number, string];
const slip = fc.tuple(
  fc.constantFrom("insert" as const, "delete" as const, "replace" as const, "traditional" as const),
  fc.nat(),
  fc.constantFrom(...ALPHABET),
);

/** The text with one slip at a position among its Chinese characters (numbering left alone). */
function mutate(text: string, [kind, at, ch]: Slip): string {
  const places = [...text].flatMap((c, i) => (/[\u4e00-\u9fff]/.test(c) ? [i] : []));
  const chars = [...text];
  const i = places[at % places.length];
  if (kind === "insert") chars.splice(i, 0, ch);
  else if (kind === "delete") chars.splice(i, 1);
  else if (kind === "replace") chars[i] = chars[i] === ch ? "之" : ch;
  else chars[i] = toTraditional(chars[i]);
  return chars.join("");
}

const missing = (rule: string) => rule.endsWith("-missing");

describe("one slip in an official heading", () => {
  it("keeps the section bound, with section-heading, and no section-missing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...format2021.sections), slip, (section, s) => {
        const title = mutate(section.title, s);
        const snapshot = report({
          section: (key, blocks) =>
            key === section.key ? [para(`${section.numeral}、${title}`), ...blocks.slice(1)] : blocks,
        });
        const result = check(snapshot, { strict: true });
        expect(result.sections.find((r) => r.key === section.key)?.found).toBe(true);
        expect(result.findings.filter((f) => missing(f.rule))).toEqual([]);
        // a slip that gives a listed variant (其他需要报告事项) is that variant, accepted
        const changed = ![section.title, ...section.variants].some((t) => labelKey(t) === labelKey(title));
        const warned = result.findings.some((f) => f.rule === "section-heading" && f.section === section.key);
        expect(warned).toBe(changed);
      }),
      params,
    );
  });
});

describe("one slip in an official table label", () => {
  const index = labelIndex(format2021);
  const labels = format2021.tables.flatMap((t) =>
    officialGrid(getTable(format2021, t.key))
      .cells.filter((c) => !c.value && /[\u4e00-\u9fff]/.test(c.text))
      .map((c) => ({ table: t.key, row: c.row, col: c.col, text: c.text })),
  );
  const rowOrColumn = (table: (typeof labels)[number]) => {
    const t = getTable(format2021, table.table);
    return [...t.rows, ...t.columns].some((x) => labelKey(x.label) === labelKey(table.text));
  };

  /**
   * One slip in the label: every value cell stays bound, no `*-missing`, and a label whose words
   * changed is reported by `table-label` naming the official label; a form the format accepts
   * (its traditional form, the label without its item number) is not.
   */
  const slipStaysBound = (label: (typeof labels)[number], s: Slip): void => {
    const text = mutate(label.text, s);
    const table = officialTable(label.table, {
      edit: (c) => (c.row === label.row && c.col === label.col ? text : c.text),
    });
    const result = check(report({ tables: { [label.table]: table } }), { strict: true });
    expect(result.findings.filter((f) => missing(f.rule))).toEqual([]);
    const bound = result.tables.find((t) => t.key === label.table)!;
    expect(bound.bound).toBe(bound.expected);
    const official = lookupLabel(index, labelKey(label.text), label.table);
    const changed = !lookupLabel(index, labelKey(text), label.table).some(
      (m) => m.status === "accepted" && official.some((o) => o.role === m.role && o.key === m.key),
    );
    const named = result.findings.filter((f) => f.rule === "table-label" && f.expected === label.text);
    expect(`${text}: ${named.length > 0}`).toBe(`${text}: ${changed}`);
  };

  it("keeps every row and column bound, and no table-missing or table-row-missing", () => {
    fc.assert(fc.property(fc.constantFrom(...labels.filter(rowOrColumn)), slip, slipStaysBound), params);
  });

  it("keeps the table bound under a slip in a group or header label, with table-label", () => {
    const others = labels.filter((l) => !rowOrColumn(l));
    expect(others.map((l) => l.text)).toEqual(
      expect.arrayContaining(["（三）不予公开", "申请人情况", "信息内容"]),
    );
    fc.assert(fc.property(fc.constantFrom(...others), slip, slipStaysBound), params);
  });
});

export type { SnapshotBlock };
