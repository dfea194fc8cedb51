/**
 * A zip's entries read from its central directory, each kept compressed until asked for, and a
 * zip written back from them: an entry nobody changed (a picture, an embedded workbook) is
 * copied through as it was stored, never inflated, so a copy costs the memory of the parts it
 * edits, not of everything the file holds.
 */
import { DocxError } from "./errors";
import { fflate } from "./fflate";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the compressed data in the file. */
  readonly dataStart: number;
}

/**
 * crc-32, loaded when a zip is first written: the reader never needs it, and building its
 * tables cost each reading thread ≈ 3 ms at its start (see fflate.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose: see above
const crc32 = (data: Uint8Array): number => (require("crc-32") as typeof import("crc-32")).buf(data) >>> 0;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
/** A zip64 end of central directory record, and its locator, which stands just before the end record. */
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;

const corrupt = (detail: string) => new DocxError("corrupt", new Error(detail));

/**
 * The entries of a zip, in the directory's order. Throws DocxError "corrupt" for a zip whose
 * directory does not hold together, "too-large" for a zip64 one (no report needs 4 GB), and
 * "conflicting" for one that other programs could read otherwise (see conflictIn).
 */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) throw corrupt("no end of central directory");
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64_MARK) throw new DocxError("too-large");
  if (count > maxEntries) throw corrupt("too many zip entries");
  if (offset + size > end) throw corrupt("central directory out of bounds");
  // a zip64 record that tells of another directory, or a record counting this disk's entries
  // apart from all of them, is a second account of it: 7-Zip or LibreOffice may follow it elsewhere
  const zip64End = zip64EndOf(view, end);
  if (zip64End >= 0 && !zip64Agrees(view, zip64End, end - 20, count, size, offset))
    throw conflicting("zip64 record differs");
  if (view.getUint16(end + 8, true) !== count || view.getUint32(end + 4, true) !== 0)
    throw conflicting("directory counts disagree");
  const decoder = new TextDecoder("utf-8");
  const entries: LocatedEntry[] = [];
  for (let at = offset, i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw corrupt("bad central directory entry");
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const compressedSize = view.getUint32(at + 20, true);
    const entrySize = view.getUint32(at + 24, true);
    if (compressedSize === ZIP64_MARK || entrySize === ZIP64_MARK || local === ZIP64_MARK)
      throw new DocxError("too-large");
    if (view.getUint16(at + 8, true) & 1) throw new DocxError("encrypted");
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw corrupt("bad local header");
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) throw corrupt("entry data out of bounds");
    const name = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry = {
      name: decoder.decode(name),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size: entrySize,
      dataStart,
    };
    if (!localAgrees(view, local, entry, name)) throw conflicting("local header differs from directory");
    entries.push({ ...entry, local });
    at += 46 + nameLength + extra;
  }
  const conflict = conflictIn(bytes, entries, offset, size, zip64End >= 0 ? zip64End : end);
  if (conflict) throw conflicting(conflict);
  return entries.map(({ local: _, ...entry }) => entry);
}

/** An entry with the offset of its local header. */
interface LocatedEntry extends ZipEntry {
  readonly local: number;
}

const conflicting = (detail: string) => new DocxError("conflicting", new Error(detail));

/**
 * Whether the entry's local header says what the directory says of it: a reader that walks the
 * local headers (a streaming unzip) would otherwise take another name, method or length. Sizes
 * and checksum are compared unless the header defers them to a data descriptor (flag bit 3).
 */
function localAgrees(view: DataView, local: number, entry: ZipEntry, name: Uint8Array): boolean {
  const nameLength = view.getUint16(local + 26, true);
  if (nameLength !== name.length || view.getUint16(local + 8, true) !== entry.method) return false;
  for (let i = 0; i < nameLength; i++) if (view.getUint8(local + 30 + i) !== name[i]) return false;
  if (view.getUint16(local + 6, true) & 8) return true;
  if (view.getUint32(local + 14, true) !== entry.crc) return false;
  const compressed = view.getUint32(local + 18, true);
  const size = view.getUint32(local + 22, true);
  if (compressed === entry.compressedSize && size === entry.size) return true;
  // sizes deferred to the zip64 extra field (Python's force_zip64, .NET's writers): the same there
  if (compressed !== ZIP64_MARK || size !== ZIP64_MARK) return false;
  const zip64 = extraField(view, local + 30 + nameLength, view.getUint16(local + 28, true), ZIP64_EXTRA);
  return (
    zip64 !== null &&
    zip64.length >= 16 &&
    uint64(view, zip64.at) === entry.size &&
    uint64(view, zip64.at + 8) === entry.compressedSize
  );
}

/** The zip64 extended information extra field's header id. */
const ZIP64_EXTRA = 0x0001;

/** Where the extra field `id` of the extra data at [from, from + length) holds its data, or null. */
function extraField(
  view: DataView,
  from: number,
  length: number,
  id: number,
): { at: number; length: number } | null {
  const stop = Math.min(from + length, view.byteLength);
  for (let at = from; at + 4 <= stop;) {
    const size = view.getUint16(at + 2, true);
    if (view.getUint16(at, true) === id) return at + 4 + size <= stop ? { at: at + 4, length: size } : null;
    at += 4 + size;
  }
  return null;
}

/** A little-endian 64-bit count, or -1 past what a report's zip can hold (2^53). */
function uint64(view: DataView, at: number): number {
  const high = view.getUint32(at + 4, true);
  return high < 0x200000 ? high * 0x100000000 + view.getUint32(at, true) : -1;
}

/**
 * The offset of the zip64 end of central directory record, when a zip64 locator stands just
 * before the end record; -1 when there is none.
 * @throws DocxError "conflicting" when the locator points nowhere.
 */
function zip64EndOf(view: DataView, end: number): number {
  if (end < 20 || view.getUint32(end - 20, true) !== ZIP64_LOCATOR) return -1;
  const at = uint64(view, end - 12);
  if (at < 0 || at + 56 > end - 20 || view.getUint32(at, true) !== ZIP64_END)
    throw conflicting("zip64 locator points nowhere");
  return at;
}

/**
 * Whether the zip64 end record at `at` counts the entries and places the directory as the end
 * record does, and ends where its locator, at `locator`, starts.
 */
function zip64Agrees(
  view: DataView,
  at: number,
  locator: number,
  count: number,
  size: number,
  offset: number,
): boolean {
  return (
    at + 12 + uint64(view, at + 4) === locator &&
    view.getUint32(at + 16, true) === 0 &&
    view.getUint32(at + 20, true) === 0 &&
    uint64(view, at + 24) === count &&
    uint64(view, at + 32) === count &&
    uint64(view, at + 40) === size &&
    uint64(view, at + 48) === offset
  );
}

/** Signatures that start a local entry, a directory entry or a directory's end. */
const STRUCTURES = [LOCAL, CENTRAL, EOCD, ZIP64_END];

/**
 * What makes the zip read differently by different programs, or null: two entries sharing
 * bytes (one compressed stream under several names — also how a zip bomb multiplies its
 * output), or a local entry or directory the directory does not list, hidden in the bytes
 * between the entries, before the first or before the end record (a second directory that
 * another program may find). Word, WPS and LibreOffice write entries end to end; only a data
 * descriptor (its own signature) stands between them.
 */
function conflictIn(
  bytes: Uint8Array,
  entries: readonly LocatedEntry[],
  directory: number,
  directorySize: number,
  end: number,
): string | null {
  const sorted = [...entries].sort((a, b) => a.local - b.local);
  let covered = 0;
  for (const entry of sorted) {
    if (entry.local < covered) return "entries overlap";
    if (hidesStructure(bytes, covered, entry.local)) return "unlisted data between entries";
    covered = entry.dataStart + entry.compressedSize;
  }
  if (directory < covered) return "directory overlaps an entry";
  if (hidesStructure(bytes, covered, directory)) return "unlisted data before the directory";
  if (hidesStructure(bytes, directory + directorySize, end)) return "unlisted data after the directory";
  return null;
}

/** Whether bytes[from, to) hold the start of a zip structure. */
function hidesStructure(bytes: Uint8Array, from: number, to: number): boolean {
  for (let at = bytes.indexOf(0x50, from); at >= 0 && at + 4 <= to; at = bytes.indexOf(0x50, at + 1)) {
    if (bytes[at + 1] !== 0x4b) continue;
    const signature = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
    if (STRUCTURES.includes(signature >>> 0)) return true;
  }
  return false;
}

/** The offset of the zip's end of central directory record, looked for from the end back; -1 when none. */
function endOfDirectory(view: DataView): number {
  let end = view.byteLength - 22;
  const stop = Math.max(0, end - 0xffff);
  while (end >= stop && view.getUint32(end, true) !== EOCD) end--;
  return end < stop ? -1 : end;
}

/**
 * Whether fflate's walk of this zip's directory (`unzipSync`) takes the entries zipEntries gave,
 * `entries`, under the same names: it reads a name not marked UTF-8 as Latin-1. (Its other
 * differences — counting this disk's entries, following a zip64 locator — zipEntries refuses.)
 */
export function listedAsFflate(entries: readonly ZipEntry[]): boolean {
  return entries.every((e) => isAscii(e.name));
}

const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * An entry's content. Throws DocxError "corrupt" when it does not inflate. (Checksums are not
 * compared, as the reader does not compare them: a file that checks must copy.)
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let out: Uint8Array;
  try {
    if (entry.method === 0) out = data.slice();
    else if (entry.method === 8) out = fflate().inflateSync(data, { out: new Uint8Array(entry.size) });
    else throw corrupt(`compression method ${entry.method}`);
  } catch (error) {
    throw error instanceof DocxError ? error : new DocxError("corrupt", error);
  }
  return out;
}

/** What goes into a written zip: an entry copied as stored, or new content under a name. */
export type ZipItem =
  | { readonly copy: ZipEntry; readonly from: Uint8Array }
  | { readonly name: string; readonly data: Uint8Array };

/** A zip of the items, in order; new content deflated, copies stored as they were. Dated 2024-01-01 for stable bytes. */
export function writeZip(items: readonly ZipItem[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const stored =
      "copy" in item
        ? {
            name: item.copy.name,
            method: item.copy.method,
            crc: item.copy.crc,
            size: item.copy.size,
            data: item.from.subarray(item.copy.dataStart, item.copy.dataStart + item.copy.compressedSize),
          }
        : {
            name: item.name,
            method: 8,
            crc: crc32(item.data),
            size: item.data.length,
            data: fflate().deflateSync(item.data, { level: 6 }),
          };
    const name = encoder.encode(stored.name);
    const header = (signature: number, length: number) => {
      const h = new Uint8Array(length + name.length);
      const v = new DataView(h.buffer);
      v.setUint32(0, signature, true);
      return { h, v };
    };
    const local = header(LOCAL, 30);
    fields(local.v, 4, stored, name.length);
    local.h.set(name, 30);
    const central = header(CENTRAL, 46);
    central.v.setUint16(4, 20, true);
    fields(central.v, 6, stored, name.length);
    central.v.setUint32(42, offset, true);
    central.h.set(name, 46);
    locals.push(local.h, stored.data);
    centrals.push(central.h);
    offset += local.h.length + stored.data.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, EOCD, true);
  v.setUint16(8, items.length, true);
  v.setUint16(10, items.length, true);
  v.setUint32(12, directorySize, true);
  v.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** The fields local and central headers share, from "version needed" to the extra length. */
function fields(
  v: DataView,
  at: number,
  entry: { method: number; crc: number; size: number; data: Uint8Array },
  nameLength: number,
): void {
  v.setUint16(at, 20, true); // version needed
  v.setUint16(at + 2, 0x800, true); // names in UTF-8
  v.setUint16(at + 4, entry.method, true);
  v.setUint16(at + 6, 0, true); // time
  v.setUint16(at + 8, DOS_DATE, true);
  v.setUint32(at + 10, entry.crc, true);
  v.setUint32(at + 14, entry.data.length, true);
  v.setUint32(at + 18, entry.size, true);
  v.setUint16(at + 22, nameLength, true);
}
