/**
 * A part decoded and scanned in pieces (parseXmlBytes) must read exactly as the same part decoded
 * whole (parseXml): the same tree, attributes and text, or the same error. The real parts are
 * cut into pieces of many sizes; random markup with every construct that can span a cut
 * (comments, CDATA, declarations, skipped subtrees, drawings, entities, characters of several
 * bytes, unterminated ends) is cut at random sizes.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { DocxError } from "../../src/docx";
import { decodeText, parseXml, parseXmlBytes, type XmlNode } from "../../src/docx/xml";
import { wordLikeReport } from "./fixtures/word-like-report";
import { documentXml } from "./fixtures/opc";
import { tableMarkup } from "./fixtures/random-markup";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;

/** The tree as plain data, every element's attributes read. */
function plain(node: XmlNode): unknown {
  if (typeof node === "string") return node;
  return [node.name, { ...node.attrs }, node.children.map(plain)];
}

/** The tree, or the error's code and detail. */
function outcome(parse: () => XmlNode): unknown {
  try {
    return plain(parse());
  } catch (error) {
    if (error instanceof DocxError) return `${error.code}: ${String((error as { cause?: unknown }).cause)}`;
    throw error;
  }
}

const same = (bytes: Uint8Array, piece: number): void =>
  expect(outcome(() => parseXmlBytes(bytes, piece))).toEqual(outcome(() => parseXml(decodeText(bytes))));

const root = join(__dirname, "../..");
const packages = [
  ...["test/fixtures/docx", "test/fixtures/docx-libreoffice"].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".docx"))
      .map((f) => readFileSync(join(root, dir, f))),
  ),
  wordLikeReport(),
];

describe("parts read in pieces", () => {
  it("reads every XML part of the fixtures and the Word-markup report as it reads them whole", () => {
    let parts = 0;
    for (const bytes of packages) {
      for (const [name, data] of Object.entries(unzipSync(bytes))) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        parts++;
        for (const piece of [7, 331, 4096]) if (data.length > 2 * piece) same(data, piece);
      }
    }
    expect(parts).toBeGreaterThan(100);
  });

  const fragment = fc.oneof(
    tableMarkup(2),
    fc.constantFrom(
      `<w:p><w:r><w:t>正文 &amp; &#x4E2D;&#20013; &lt;x&gt;</w:t></w:r></w:p>`,
      `<!-- a comment <w:p> with a tag --><w:p/>`,
      `<w:p><w:r><w:t><![CDATA[<w:tbl> 不是表格 ]]></w:t></w:r></w:p>`,
      `<?pi some processing ?>`,
      `<w:p><w:r><w:rPr><w:b/><w:rPr><w:i/></w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>`,
      `<w:p><w:r><w:drawing><wp:inline><a:graphic>图</a:graphic></wp:inline></w:drawing></w:r></w:p>`,
      `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
      `<w:p><w:r><w:object/></w:r></w:p>`,
      `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
      `<w:p w:rsidR="00A1" attr='q"uote>'><w:r><w:t xml:space="preserve">  空格  </w:t></w:r></w:p>`,
      `<w:p xmlns:w2="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w2:r><w2:t>别名</w2:t></w2:r></w:p>`,
      `<w:p><w:r><w:t>𠀀𠀁 emoji 😀</w:t></w:r></w:p>`,
      `</w:nothing>`,
      `<!-- unterminated`,
      `<w:p><w:r><w:t>unclosed`,
      `<w:p attr="unterminated`,
      `<![CDATA[ unterminated`,
    ),
  );

  it("reads random markup cut at random sizes as it reads it whole, or fails the same way", () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 12 }),
        fc.integer({ min: 1, max: 300 }),
        (fragments, piece) => {
          same(new TextEncoder().encode(documentXml(fragments.join(""))), piece);
        },
      ),
      { seed: 20261122, numRuns: FUZZ_RUNS || 300 },
    );
  });
});
