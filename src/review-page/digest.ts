/**
 * A file's bytes as a hash, as the CLI takes it (src/cli/read-entry.ts): the first 128 bits of
 * SHA-256 in hex, so the page tells a file sent twice under two names. Web Crypto exists only in
 * a secure context (https, or the machine itself): served over plain http from another host the
 * page has none, and identical files are then not told apart.
 */
export async function digestOf(bytes: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const hash = new Uint8Array(await subtle.digest("SHA-256", bytes));
  return Array.from(hash.subarray(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
}
