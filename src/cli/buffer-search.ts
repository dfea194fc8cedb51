import { useByteSearch } from "../docx/byte-search";

/**
 * Node's Buffer.indexOf (memchr) for the reader's searches of a part's bytes (whether it may
 * hide text, where its next namespace declaration is), which the browser does with a typed
 * array's own search. The Buffer is a view of the same bytes, not a copy.
 */
export function useBufferSearch(): void {
  useByteSearch((data) => {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return (byte, from) => bytes.indexOf(byte, from);
  });
}
