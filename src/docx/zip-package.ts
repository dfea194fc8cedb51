import { unzipSync, type UnzipFileFilter } from "fflate";
import { DocxError } from "./errors";
import { MAX_PART_SIZE, partKey, type OpcPackage } from "./opc-package";
import { childrenNamed, parseXml, type XmlElement } from "./xml";

/**
 * Opens a zip package. Only the central directory is read here; each part is inflated and
 * parsed the first time it is asked for, so images and other parts the reader never needs cost
 * nothing. Throws DocxError "corrupt" for a broken zip and "too-large" for a part over the limit.
 */
export function zipPackage(bytes: Uint8Array): OpcPackage {
  const entries = new Map<string, string>();
  unzip(bytes, (file) => {
    const key = partKey(file.name);
    // two entries one part: the checker would read one and another program the other
    if (entries.has(key)) throw new DocxError("ambiguous");
    entries.set(key, file.name);
    return false;
  });
  const parsed = new Map<string, XmlElement | undefined>();
  let inflated = 0;

  const part = (name: string): XmlElement | undefined => {
    const key = partKey(name);
    if (!parsed.has(key)) {
      parsed.set(
        key,
        readPart(bytes, entries.get(key), (size) => (inflated += size) > MAX_PACKAGE_SIZE),
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

/** Inflates and parses one entry; `overBudget` is told its size and says whether that is too much. */
function readPart(
  bytes: Uint8Array,
  entry: string | undefined,
  overBudget: (size: number) => boolean,
): XmlElement | undefined {
  if (entry === undefined) return undefined;
  const files = unzip(bytes, (file) => {
    if (file.name !== entry) return false;
    if (file.originalSize > MAX_PART_SIZE || overBudget(file.originalSize)) throw new DocxError("too-large");
    return true;
  });
  const data = files[entry];
  return data ? parseXml(decodeText(data)) : undefined;
}

/**
 * A zip's directory can claim billions of entries (a damaged zip64 record); no Word document
 * has a hundred thousand parts, so reading stops there instead of looping for minutes.
 */
export const MAX_ENTRIES = 100_000;

function unzip(bytes: Uint8Array, filter: UnzipFileFilter): Record<string, Uint8Array> {
  let entries = 0;
  try {
    return unzipSync(bytes, {
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

/** XML parts are UTF-8 unless a byte order mark says UTF-16. */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return new TextDecoder("utf-8").decode(data);
}
