/**
 * The .docx reader: turns a Word document (a .docx file, or the Flat OPC text Word's
 * `getOoxml()` returns) into the engine's DocumentSnapshot. Pure: runs in Node and the browser.
 */
export { readDocx } from "./read-docx";
export { readFlatOpc } from "./read-flat-opc";
export { DocxError, type DocxErrorCode } from "./errors";
export { useInflater, type Inflater } from "./zip-package";
