import type { DocumentSnapshot } from "../engine/types";
import { DocxError } from "./errors";
import { flatOpcPackage } from "./flat-opc-package";
import { MAX_PART_SIZE } from "./opc-package";
import type { BodyOptions } from "./body";
import { guarded, readPackage } from "./read-package";
import { parseXml } from "./xml";

/**
 * Reads a Flat OPC string — what Word's `Range.getOoxml()` and `Table.getOoxml()` return — into
 * a snapshot. A table's OOXML is a package whose body is that one table (often followed by an
 * empty paragraph), so it reads as a snapshot whose table has ref `{ t: 0 }` and whose
 * paragraph refs count from 0 within the package. Styles and numbering parts are optional.
 * Tables are read as Word lists them unless `options` asks for a layout table's content.
 * Throws DocxError, and nothing else, when the text is not a readable Flat OPC package.
 */
export function readFlatOpc(xml: string, options: BodyOptions = {}): DocumentSnapshot {
  return guarded(() => {
    if (xml.trim() === "") throw new DocxError("empty");
    if (xml.length > MAX_PART_SIZE) throw new DocxError("too-large");
    return readPackage(flatOpcPackage(parseXml(xml)), options);
  });
}
