import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import crc32 from "crc-32";
import { unzipSync } from "fflate";
import { readDocx } from "../../src/docx";
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

/**
 * A zip of `files` stored as some writers lay it out: with `zip64Locals`, each local header's
 * sizes 0xFFFFFFFF and given in a zip64 extra field (Python's force_zip64, .NET's ZipArchive);
 * with `zip64End`, a zip64 end record and locator before the end record, telling what it tells.
 */
function zip64Style(files: Record<string, Uint8Array>, options: { zip64Locals: boolean; zip64End: boolean }) {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let at = 0;
  const push = (chunk: Uint8Array) => (chunks.push(chunk), (at += chunk.length));
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = new TextEncoder().encode(name);
    const crc = crc32.buf(data) >>> 0;
    const local = new DataView(new ArrayBuffer(30 + nameBytes.length + (options.zip64Locals ? 20 : 0)));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 45, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, options.zip64Locals ? 0xffffffff : data.length, true);
    local.setUint32(22, options.zip64Locals ? 0xffffffff : data.length, true);
    local.setUint16(26, nameBytes.length, true);
    new Uint8Array(local.buffer).set(nameBytes, 30);
    if (options.zip64Locals) {
      local.setUint16(28, 20, true);
      local.setUint16(30 + nameBytes.length, 0x0001, true);
      local.setUint16(32 + nameBytes.length, 16, true);
      local.setBigUint64(34 + nameBytes.length, BigInt(data.length), true);
      local.setBigUint64(42 + nameBytes.length, BigInt(data.length), true);
    }
    const central = new DataView(new ArrayBuffer(46 + nameBytes.length));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 45, true);
    central.setUint16(6, 45, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint32(42, at, true);
    new Uint8Array(central.buffer).set(nameBytes, 46);
    directory.push(new Uint8Array(central.buffer));
    push(new Uint8Array(local.buffer));
    push(data);
  }
  const offset = at;
  directory.forEach(push);
  const size = at - offset;
  const count = Object.keys(files).length;
  if (options.zip64End) {
    const record = new DataView(new ArrayBuffer(56));
    record.setUint32(0, 0x06064b50, true);
    record.setBigUint64(4, 44n, true);
    record.setBigUint64(24, BigInt(count), true);
    record.setBigUint64(32, BigInt(count), true);
    record.setBigUint64(40, BigInt(size), true);
    record.setBigUint64(48, BigInt(offset), true);
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setBigUint64(8, BigInt(at), true);
    locator.setUint32(16, 1, true);
    push(new Uint8Array(record.buffer));
    push(new Uint8Array(locator.buffer));
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, count, true);
  end.setUint16(10, count, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  push(new Uint8Array(end.buffer));
  const out = new Uint8Array(at);
  chunks.reduce((n, c) => (out.set(c, n), n + c.length), 0);
  return out;
}

describe("a zip in zip64 style that says one thing throughout", () => {
  const sample = readFileSync(join(root, "examples/sample-report.docx"));
  const parts = unzipSync(sample);

  it.each([
    ["local headers with zip64 sizes", { zip64Locals: true, zip64End: false }],
    ["a zip64 end record telling what the end record tells", { zip64Locals: false, zip64End: true }],
    ["both", { zip64Locals: true, zip64End: true }],
  ])("reads the report as from its plain zip: %s", (_, options) => {
    const zip = zip64Style(parts, options);
    expect(zip64Style(parts, { zip64Locals: false, zip64End: false }).length).toBeLessThan(zip.length);
    expect(readDocx(zip)).toEqual(readDocx(sample));
  });

  it("refuses a local header whose zip64 sizes differ from the directory's", () => {
    const zip = zip64Style(
      { "a.xml": new TextEncoder().encode("<a/>") },
      { zip64Locals: true, zip64End: false },
    );
    new DataView(zip.buffer, zip.byteOffset).setBigUint64(30 + 5 + 4, 3n, true);
    expect(docxErrorOf(() => zipEntries(zip, 10)).code).toBe("conflicting");
  });

  it("refuses a zip64 end record placing the directory elsewhere", () => {
    const zip = zip64Style(
      { "a.xml": new TextEncoder().encode("<a/>") },
      { zip64Locals: false, zip64End: true },
    );
    const record = zip.length - 22 - 20 - 56;
    new DataView(zip.buffer, zip.byteOffset).setBigUint64(record + 48, 1n, true);
    expect(docxErrorOf(() => zipEntries(zip, 10)).code).toBe("conflicting");
  });
});
