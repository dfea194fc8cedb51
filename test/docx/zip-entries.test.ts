import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { listedAsFflate, writeZip, zipEntries, type ZipEntry } from "../../src/docx/zip-entries";
import { docxErrorOf } from "../helpers/docx-error";

const root = join(__dirname, "../..");
const fixtures = ["test/fixtures/docx", "test/fixtures/docx-libreoffice"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".docx"))
    .map((f) => readFileSync(join(root, dir, f))),
);

/** The names fflate's walk of the directory gives, in its order (the reader's names before zipEntries). */
function fflateNames(zip: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(zip, { filter: (file) => (names.push(file.name), false) });
  return names;
}

const names = (entries: readonly ZipEntry[]) => entries.map((e) => e.name);

/** A zip of `files` (name → text), written as the writer writes new parts: names marked UTF-8. */
const zipOf = (files: readonly (readonly [string, string])[]): Uint8Array =>
  writeZip(files.map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })));

/** The offset of the end of central directory record (the zips here have no comment). */
const eocd = (zip: Uint8Array) => zip.length - 22;

describe("listing a zip's entries as fflate walks them", () => {
  it("lists every fixture .docx under fflate's names, in fflate's order", () => {
    expect(fixtures.length).toBeGreaterThan(40);
    for (const zip of fixtures) {
      const entries = zipEntries(zip, 1000);
      expect(listedAsFflate(entries)).toBe(true);
      expect(names(entries)).toEqual(fflateNames(zip));
    }
  });

  it("refuses, as conflicting, a record counting this disk's entries apart from all of them", () => {
    const zip = zipOf([
      ["a.xml", "<a/>"],
      ["b.xml", "<b/>"],
    ]);
    expect(names(zipEntries(zip, 10))).toEqual(["a.xml", "b.xml"]);
    const view = new DataView(zip.buffer, zip.byteOffset);
    view.setUint16(eocd(zip) + 8, 1, true);
    // fflate would read one entry, a copy would keep two
    expect(fflateNames(zip)).toEqual(["a.xml"]);
    expect(docxErrorOf(() => zipEntries(zip, 10)).code).toBe("conflicting");
  });

  it("refuses, as conflicting, a zip64 locator before the record (a second account of the directory)", () => {
    const plain = zipOf([["a.xml", "<a/>"]]);
    const at = eocd(plain);
    const locator = new Uint8Array(20);
    new DataView(locator.buffer).setUint32(0, 0x07064b50, true);
    const zip = new Uint8Array(plain.length + 20);
    zip.set(plain.subarray(0, at));
    zip.set(locator, at);
    zip.set(plain.subarray(at), at + 20);
    expect(docxErrorOf(() => zipEntries(zip, 10)).code).toBe("conflicting");
  });

  it("defers to fflate for a name beyond ASCII, which fflate reads as Latin-1 unless marked UTF-8", () => {
    const zip = zipOf([["word/media/图片.xml", "<a/>"]]);
    // the name no longer marked UTF-8, in both headers: fflate reads its bytes one by one
    const view = new DataView(zip.buffer, zip.byteOffset);
    view.setUint16(6, 0, true);
    view.setUint16(new DataView(zip.buffer).getUint32(eocd(zip) + 16, true) + 8, 0, true);
    const entries = zipEntries(zip, 10);
    expect(fflateNames(zip)).not.toEqual(names(entries));
    expect(listedAsFflate(entries)).toBe(false);
  });

  it("gives fflate's names whenever it says so, for damaged zips of any names", () => {
    const name = fc.stringMatching(/^[a-z/._\u00e9\u56fe\u7247]{1,12}$/);
    const files = fc.uniqueArray(fc.tuple(name, fc.string({ maxLength: 40 })), {
      minLength: 1,
      maxLength: 6,
      selector: ([n]) => n,
    });
    // flips confined to the headers and the directory, where the two walks read
    const flips = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 4 });
    fc.assert(
      fc.property(files, flips, fc.boolean(), (entries, damage, utf8Flag) => {
        const zip = zipOf(entries);
        if (!utf8Flag) clearUtf8Flags(zip);
        for (const [at, value] of damage) zip[at % zip.length] = value;
        let listed: ZipEntry[];
        try {
          listed = zipEntries(zip, 100);
        } catch {
          return true;
        }
        if (!listedAsFflate(listed)) return true;
        expect(fflateNames(zip)).toEqual(names(listed));
        return true;
      }),
      { seed: 20261207, numRuns: Number(process.env.FUZZ_RUNS) || 500 },
    );
  });
});

/** Clears the "names in UTF-8" flag of every entry, in its local header and its directory entry. */
function clearUtf8Flags(zip: Uint8Array): void {
  const view = new DataView(zip.buffer, zip.byteOffset);
  const count = view.getUint16(eocd(zip) + 10, true);
  let at = view.getUint32(eocd(zip) + 16, true);
  for (let i = 0; i < count; i++) {
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 6, view.getUint16(local + 6, true) & ~0x800, true);
    view.setUint16(at + 8, view.getUint16(at + 8, true) & ~0x800, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
