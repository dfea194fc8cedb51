/** A picked file's content, through FileReader: every browser Office runs in has it. */
function read<T>(start: (reader: FileReader) => void, value: (reader: FileReader) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(value(reader));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    start(reader);
  });
}

/** The file's bytes. */
export const bytesOf = (file: Blob): Promise<Uint8Array> =>
  read(
    (r) => r.readAsArrayBuffer(file),
    (r) => new Uint8Array(r.result as ArrayBuffer),
  );

/** The file's text, read as UTF-8. */
export const textOf = (file: Blob): Promise<string> =>
  read(
    (r) => r.readAsText(file, "utf-8"),
    (r) => r.result as string,
  );
