import type { DocumentSnapshot } from "../engine/types";
import { readFlatOpc } from "./read-flat-opc";
import { guarded, readPackage } from "./read-package";
import { sniffContainer } from "./sniff";
import { zipPackage } from "./zip-package";

/**
 * Reads a Word file's bytes into a snapshot. Accepts a .docx/.docm/.dotx zip package, and also
 * Word's single-file "XML Document" (Flat OPC). A .docx's layout tables are read as their content
 * (see BodyOptions). Throws DocxError, and nothing else, when the bytes are not a readable Word
 * document; see DocxErrorCode for the cases.
 */
export function readDocx(bytes: Uint8Array): DocumentSnapshot {
  return guarded(() =>
    sniffContainer(bytes) === "zip"
      ? readPackage(zipPackage(bytes), { layoutTables: "content" })
      : readFlatOpc(new TextDecoder("utf-8").decode(bytes)),
  );
}
