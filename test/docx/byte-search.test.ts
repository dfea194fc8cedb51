/**
 * The reader's byte searches must answer as a naive search does, both with their own loops (the
 * browser) and with node's Buffer.indexOf (the CLI): on random bytes with the words planted
 * anywhere (at either end too), cut short by the end, or with one byte changed; for random pairs
 * of words over two letters, whose repeats are where a wrong skip would jump over a match; and
 * on bytes that are a view into a larger buffer, searched from any offset.
 */
import fc from "fast-check";
import { eitherWordSearch, indexOfWord, useByteSearch } from "../../src/docx/byte-search";
import { useBufferSearch } from "../../src/cli/buffer-search";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;

function bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (letter) => letter.charCodeAt(0));
}

/** The reference: every start tried, every byte compared. */
function naiveIncludes(data: Uint8Array, word: string): boolean {
  for (let start = 0; start + word.length <= data.length; start++) {
    let i = 0;
    while (i < word.length && data[start + i] === word.charCodeAt(i)) i++;
    if (i === word.length) return true;
  }
  return false;
}

/** Random text from `alphabet` with pieces of the words (whole, cut, one letter changed) spliced in. */
function textWith(words: readonly string[], alphabet: string): fc.Arbitrary<string> {
  const letter = fc.constantFrom(...alphabet);
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc
      .tuple(fc.constantFrom(...words), fc.nat(), fc.boolean())
      .map(([word, at, head]) => (head ? word.slice(0, at % word.length) : word.slice(at % word.length))),
    fc
      .tuple(fc.constantFrom(...words), fc.nat(), letter)
      .map(
        ([word, at, other]) => word.slice(0, at % word.length) + other + word.slice((at % word.length) + 1),
      ),
  );
  return fc.array(fc.oneof(letter, piece), { maxLength: 40 }).map((parts) => parts.join(""));
}

function agreesWithNaive(one: string, other: string, text: string): void {
  const data = bytes(text);
  expect(eitherWordSearch(one, other)(data)).toBe(naiveIncludes(data, one) || naiveIncludes(data, other));
}

/** The reference: the first start at or after `from` (at least 0) where every byte matches. */
function naiveIndexOf(data: Uint8Array, word: string, from: number): number {
  for (let start = Math.max(0, from); start + word.length <= data.length; start++) {
    let i = 0;
    while (i < word.length && data[start + i] === word.charCodeAt(i)) i++;
    if (i === word.length) return start;
  }
  return -1;
}

describe.each([
  ["the reader's own loops", () => useByteSearch(undefined)],
  ["node's Buffer.indexOf", useBufferSearch],
])("searching bytes with %s", (_, use) => {
  beforeAll(use);
  afterAll(() => useByteSearch(undefined));

  test("indexOfWord finds the first occurrence from any offset, in a view of a larger buffer", () => {
    const words = ["xmlns", "txbxContent", "vanish"];
    fc.assert(
      fc.property(
        textWith(words, 'xmlnstbCoe<w:/> "=\u00e9'),
        fc.constantFrom(...words),
        fc.integer({ min: -3, max: 50 }),
        fc.nat({ max: 5 }),
        (text, word, from, margin) => {
          const whole = new Uint8Array(text.length + 2 * margin).fill(0x78);
          whole.set(bytes(text), margin);
          const data = whole.subarray(margin, margin + text.length);
          expect(indexOfWord(data, word, from)).toBe(naiveIndexOf(data, word, from));
        },
      ),
      { numRuns: FUZZ_RUNS || 3000 },
    );
  });

  describeEitherWord();
});

function describeEitherWord(): void {
  test("vanish and rStyle, planted, cut and near-missed in markup-like bytes", () => {
    const words = ["vanish", "rStyle"];
    fc.assert(
      fc.property(textWith(words, 'vanishrStyle<w:/> "='), (text) =>
        agreesWithNaive("vanish", "rStyle", text),
      ),
      { numRuns: FUZZ_RUNS || 3000 },
    );
  });

  test("random pairs of words over two letters", () => {
    const word = fc.stringMatching(/^[ab]{1,6}$/);
    fc.assert(
      fc.property(
        fc
          .tuple(word, word)
          .chain(([one, other]) =>
            fc.tuple(fc.constant(one), fc.constant(other), textWith([one, other], "abc")),
          ),
        ([one, other, text]) => agreesWithNaive(one, other, text),
      ),
      { numRuns: FUZZ_RUNS || 3000 },
    );
  });

  test("the words at the very start and end, and cut by the end", () => {
    const search = eitherWordSearch("vanish", "rStyle");
    for (const text of ["vanish", "rStyle", "x vanish", "rStyle x", "vanis", "Style", "w:rStyl", "vanishh"]) {
      const data = bytes(text);
      expect([text, search(data)]).toEqual([
        text,
        naiveIncludes(data, "vanish") || naiveIncludes(data, "rStyle"),
      ]);
    }
  });
}
