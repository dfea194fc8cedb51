import fc from "fast-check";
import { decodeUtf8, encodeUtf8 } from "../../src/docx/utf8";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;

/** Bytes near UTF-8's edges: ASCII, continuation bytes, every kind of lead, the bytes never used. */
const byte = fc.oneof(
  fc.integer({ min: 0, max: 255 }),
  fc.constantFrom(
    0x41,
    0x7f,
    0x80,
    0x8f,
    0x90,
    0x9f,
    0xa0,
    0xbf,
    0xc0,
    0xc1,
    0xc2,
    0xdf,
    0xe0,
    0xed,
    0xef,
    0xf0,
    0xf4,
    0xf5,
    0xff,
  ),
);

describe("decodeUtf8", () => {
  it("decodes any bytes, and any slice of them, as TextDecoder does", () => {
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), fc.nat(), fc.nat(), (list, a, b) => {
        const bytes = Uint8Array.from(list);
        const from = Math.min(a, b) % (bytes.length + 1);
        const to = from + (Math.max(a, b) % (bytes.length + 1 - from));
        const expected = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(from, to));
        expect(decodeUtf8(bytes, from, to)).toBe(expected);
      }),
      { seed: 20261206, numRuns: FUZZ_RUNS || 5000 },
    );
  });

  it("decodes text longer than one chunk of code units", () => {
    const text = "字a😀".repeat(20000);
    const bytes = new TextEncoder().encode(text);
    expect(decodeUtf8(bytes, 0, bytes.length)).toBe(text);
  });
});

describe("encodeUtf8", () => {
  it("encodes any string, lone surrogates included, as TextEncoder does", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.string({ unit: fc.integer({ min: 0xd7ff, max: 0xe000 }).map((c) => String.fromCharCode(c)) }),
        (a, b) => {
          const text = a + b;
          expect(Array.from(encodeUtf8(text))).toEqual(Array.from(new TextEncoder().encode(text)));
        },
      ),
      { seed: 20261206, numRuns: FUZZ_RUNS || 2000 },
    );
  });
});
