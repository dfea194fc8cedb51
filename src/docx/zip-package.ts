import type { UnzipFileFilter } from "fflate";
import { DocxError } from "./errors";
import { fflate } from "./fflate";
import { MAX_PART_SIZE, partKey, type OpcPackage } from "./opc-package";
import { childrenNamed, parseXmlBytes, type XmlElement } from "./xml";
import { listedAsFflate, zipEntries, type ZipEntry } from "./zip-entries";

/** Inflates raw deflate data that the zip's directory says holds `size` bytes. */
export type Inflater = (data: Uint8Array, size: number) => Uint8Array;

let fastInflater: Inflater | undefined;

/**
 * Node's zlib inflates two to three times faster than fflate, but the reader runs in the browser
 * too, so it cannot load zlib itself: the CLI hands it in here. Whenever the given inflater
 * fails (a damaged stream, more bytes than the directory says), fflate inflates the part as it
 * always did, so what is read and every error stay exactly fflate's.
 */
export function useInflater(inflate: Inflater | undefined): void {
  fastInflater = inflate;
}

/**
 * Opens a zip package. Only the central directory is read here; each part is inflated and
 * parsed the first time it is asked for, so images and other parts the reader never needs cost
 * nothing. Throws DocxError "corrupt" for a broken zip and "too-large" for a part over the limit.
 */
export function zipPackage(bytes: Uint8Array): OpcPackage {
  const entries = new Map<string, string>();
  const listed = list(bytes);
  const name = (entry: string) => {
    const key = partKey(entry);
    // two entries one part: the checker would read one and another program the other
    if (entries.has(key)) throw new DocxError("ambiguous");
    entries.set(key, entry);
  };
  if (listed.length > 0 && listedAsFflate(listed)) listed.forEach((e) => name(e.name));
  else unzip(bytes, (file) => (name(file.name), false));
  const located = new Map(listed.map((e) => [e.name, e]));
  const parsed = new Map<string, XmlElement | undefined>();
  let inflated = 0;

  const part = (name: string): XmlElement | undefined => {
    const key = partKey(name);
    if (!parsed.has(key)) {
      parsed.set(
        key,
        readPart(bytes, entries.get(key), located, (size) => (inflated += size) > MAX_PACKAGE_SIZE),
      );
    }
    return parsed.get(key);
  };

  return {
    part,
    partsOfType(wanted) {
      const types = part("/[Content_Types].xml");
      if (!types) return [];
      return childrenNamed(types, "ct:Override")
        .filter((o) => o.attrs.PartName && wanted(o.attrs.ContentType ?? ""))
        .map((o) => o.attrs.PartName);
    },
  };
}

/**
 * How much the reader inflates from one package, all parts together: a package whose
 * relationships lead to part after huge part is refused instead of read for minutes.
 */
export const MAX_PACKAGE_SIZE = 4 * MAX_PART_SIZE;

/**
 * The zip's entries, where each one's data lies, so a part is inflated straight from its offset
 * instead of by walking the zip again; their names are the package's when fflate would read the
 * same (listedAsFflate). Empty when the directory does not read: fflate's walk then decides,
 * as before.
 */
function list(bytes: Uint8Array): ZipEntry[] {
  try {
    return zipEntries(bytes, MAX_ENTRIES);
  } catch (error) {
    // a zip other programs read otherwise is refused, never read fflate's way instead
    if (error instanceof DocxError && error.code === "conflicting") throw error;
    return [];
  }
}

/** Inflates and parses one entry; `overBudget` is told its size and says whether that is too much. */
function readPart(
  bytes: Uint8Array,
  entry: string | undefined,
  located: ReadonlyMap<string, ZipEntry>,
  overBudget: (size: number) => boolean,
): XmlElement | undefined {
  if (entry === undefined) return undefined;
  const found = located.get(entry);
  let data: Uint8Array | undefined;
  if (fastInflater && found?.method === 8) {
    // the same limits as fflate's walk below, counted once
    if (found.size > MAX_PART_SIZE || overBudget(found.size)) throw new DocxError("too-large");
    data = inflateFast(fastInflater, bytes, found) ?? unzipPart(bytes, entry, () => false);
  } else {
    data = unzipPart(bytes, entry, overBudget);
  }
  return data ? parseXmlBytes(data) : undefined;
}

/** The part walked to and inflated by fflate's unzip, as the reader has always read it. */
function unzipPart(
  bytes: Uint8Array,
  entry: string,
  overBudget: (size: number) => boolean,
): Uint8Array | undefined {
  const files = unzip(bytes, (file) => {
    if (file.name !== entry) return false;
    if (file.originalSize > MAX_PART_SIZE || overBudget(file.originalSize)) throw new DocxError("too-large");
    return true;
  });
  return files[entry];
}

/** A deflated entry inflated by the fast inflater; undefined (fflate then reads it) when that fails. */
function inflateFast(inflate: Inflater, bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  try {
    return inflate(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), entry.size);
  } catch {
    return undefined;
  }
}

/**
 * A zip's directory can claim billions of entries (a damaged zip64 record); no Word document
 * has a hundred thousand parts, so reading stops there instead of looping for minutes.
 */
export const MAX_ENTRIES = 100_000;

function unzip(bytes: Uint8Array, filter: UnzipFileFilter): Record<string, Uint8Array> {
  let entries = 0;
  try {
    return fflate().unzipSync(bytes, {
      filter: (file) => {
        if (++entries > MAX_ENTRIES) throw new DocxError("corrupt", new Error("too many zip entries"));
        return filter(file);
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError("corrupt", error);
  }
}

export { decodeText } from "./xml";
