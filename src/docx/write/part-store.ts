/**
 * Where an editable package's parts are kept: a zip's entries (zip-parts.ts) or the parts of a
 * Flat OPC text (flat-opc-parts.ts). Parts are named by key (see partKey); the store reads
 * them as the checker's reader does and writes the package back in its own container.
 */
export interface PartStore {
  /** Whether the package holds the part. */
  has(key: string): boolean;
  /**
   * The part's text, or undefined when absent or not XML. Throws DocxError "too-large" when it
   * is over what the reader would read.
   */
  read(key: string): string | undefined;
  /** The parts declared with a main-document content type. */
  declaredMain(): string[];
  /**
   * The package with `changed` parts (by key) replaced or, for `added` (names, in order), added
   * with the content type `types` gives them; everything else as it was stored.
   */
  write(
    changed: ReadonlyMap<string, string>,
    added: readonly string[],
    types: ReadonlyMap<string, string>,
  ): Uint8Array;
}
