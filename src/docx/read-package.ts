import type { DocumentSnapshot } from "../engine/types";
import { readBody, type BodyOptions } from "./body";
import { DocxError } from "./errors";
import type { OpcPackage } from "./opc-package";
import { wordParts } from "./word-parts";

/**
 * Runs one read of a package and guarantees its only failure is a DocxError: anything else
 * thrown on the way (a parser or inflater fault on input nobody foresaw, a stack overflow) means
 * the file is damaged in a way the reader could not name, so it becomes "corrupt".
 */
export function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError("corrupt", error);
  }
}

/** The snapshot of the Word document in a package. */
export function readPackage(pkg: OpcPackage, options: BodyOptions = {}): DocumentSnapshot {
  return readBody(wordParts(pkg), options);
}
