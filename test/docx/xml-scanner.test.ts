/**
 * The byte scanner (parseXmlBytes, parseXml) must read every part exactly as the string
 * scanner it replaced (test/docx/reference, a copy of it): the same tree, attributes and text,
 * or the same error and detail. The reference read parts whole and in pieces, and was tested to
 * read them alike; the new scanner is compared with both, on the real parts, on random markup
 * with every construct, and on that markup mutated byte by byte (ill-formed UTF-8 included).
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { DocxError } from "../../src/docx";
import { decodeText, parseXml, parseXmlBytes, type XmlNode } from "../../src/docx/xml";
import * as reference from "./reference/xml";
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

/** The new scanner reads `bytes` as the reference does whole, and in pieces of `piece` bytes. */
function same(bytes: Uint8Array, piece: number): void {
  const read = outcome(() => parseXmlBytes(bytes));
  expect(read).toEqual(outcome(() => reference.parseXml(decodeText(bytes))));
  expect(read).toEqual(outcome(() => reference.parseXmlBytes(bytes, piece)));
}

const root = join(__dirname, "../..");
const packages = [
  ...["test/fixtures/docx", "test/fixtures/docx-libreoffice"].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".docx"))
      .map((f) => readFileSync(join(root, dir, f))),
  ),
  wordLikeReport(),
];

describe("the byte scanner against the string scanner it replaced", () => {
  it("reads every XML part of the fixtures and the Word-markup report as the reference", () => {
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

  it("reads random markup as the reference, or fails the same way", () => {
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

  /** A random edit of the bytes: a byte (any value, or one of the markup's own) put in, taken out or replaced. */
  const edit = fc.record({
    at: fc.nat(),
    cut: fc.nat({ max: 3 }),
    put: fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom(0x3c, 0x3e, 0x2f, 0x22, 0x27, 0x20, 0x21, 0x3f, 0x26),
      ),
      { maxLength: 3 },
    ),
  });

  function mutate(
    bytes: Uint8Array,
    edits: readonly { at: number; cut: number; put: number[] }[],
  ): Uint8Array {
    let out = Array.from(bytes);
    for (const { at, cut, put } of edits) {
      const i = out.length === 0 ? 0 : at % (out.length + 1);
      out = [...out.slice(0, i), ...put, ...out.slice(i + cut)];
    }
    return Uint8Array.from(out);
  }

  it("reads random markup edited byte by byte as the reference, or fails the same way", () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 8 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 300 }),
        (fragments, edits, piece) => {
          same(mutate(new TextEncoder().encode(documentXml(fragments.join(""))), edits), piece);
        },
      ),
      { seed: 20261206, numRuns: FUZZ_RUNS || 1000 },
    );
  });

  it("reads random bytes around markup's own characters as the reference", () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(...Array.from("<a></a><b/>=\"' !?-[]&;#x", (c) => c.charCodeAt(0))),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (bytes, piece) => {
        same(Uint8Array.from(bytes), piece);
      }),
      { seed: 20261207, numRuns: FUZZ_RUNS || 2000 },
    );
  });

  it("reads random attributes, with spaces of every kind and characters beyond ASCII, as the reference", () => {
    const piece = fc.constantFrom(
      ...[" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u3000", "\u2028", "\ufeff"],
      ...["=", '"', "'", "/", ">", "a", "w:val", "中", "&amp;", "&#x4E2D;", "&bogus;"],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.array(edit, { maxLength: 2 }), (pieces, edits) => {
        const markup = `<w:document><w:p a${pieces.join("")}/><w:p${pieces.join("")}>x</w:p></w:document>`;
        same(mutate(new TextEncoder().encode(markup), edits), 5);
      }),
      { seed: 20261208, numRuns: FUZZ_RUNS || 2000 },
    );
  });

  it("reads names of characters beyond ASCII, and ill-formed bytes in names, as the reference", () => {
    const cases = [
      "<文档><段>甲</段></文档>",
      "<w:document><w:pPr><名 a='1'><x/></名></w:pPr></w:document>",
      "<w:document><w:rPr><名>字</名></w:rPr></w:document>",
    ].map((text) => new TextEncoder().encode(text));
    // <a\x80> closed by </a\x81>: both names decode to "a\ufffd"
    cases.push(Uint8Array.from([0x3c, 0x61, 0x80, 0x3e, 0x3c, 0x2f, 0x61, 0x81, 0x3e]));
    const crossed = "<w:document><w:pPr><a\x80>x</a\x81></w:pPr></w:document>";
    cases.push(Uint8Array.from(crossed, (c) => c.charCodeAt(0)));
    for (const bytes of cases) same(bytes, 3);
  });

  it("reads a lone surrogate in a string as U+FFFD, as TextDecoder reads a file's bytes", () => {
    const root = parseXml("<a>x\ud800y\udc00</a>");
    expect(root.children).toEqual(["x\ufffdy\ufffd"]);
  });
});
