/**
 * The files a reviewer drops or picks, folders walked, each sorted into a report to check or a
 * file left out with the reason, so every file is accounted for.
 */
export interface Picked {
  /** Null when the browser could not read the dropped file. */
  readonly file: File | null;
  /** The path inside the dropped folder, or the file's name. */
  readonly path: string;
}

export interface LeftOut {
  readonly path: string;
  readonly reason: string;
  readonly reasonEn: string;
}

/** Larger than any real report; the reader's own limits apply below it. */
export const MAX_BYTES = 50 * 1024 * 1024;

const REASONS: readonly [RegExp, string, string][] = [
  [/(^|\/)~\$/, "Word 打开文件时留下的临时锁定文件，不是报告。", "A Word lock file, not a report."],
  [/(^|\/)\./, "隐藏文件，不是报告。", "A hidden file, not a report."],
  [
    /\.(doc|wps|rtf|wpt|dot)$/i,
    "旧版 Word 或 WPS 格式，无法直接检查：请在 Word 或 WPS 中“另存为”.docx 后再检查。",
    "An old Word or WPS format: save it as .docx in Word or WPS, then check it.",
  ],
  [
    /\.pdf$/i,
    "PDF 文件无法核对表格：请向报送单位索取 Word 文件。",
    "A PDF cannot be checked: ask the unit for the Word file.",
  ],
  [
    /\.(ofd|jpe?g|png|tiff?)$/i,
    "版式文件或图片无法核对表格：请向报送单位索取 Word 文件。",
    "A fixed-layout file or picture: ask the unit for the Word file.",
  ],
];

export function sortPicked(picked: readonly Picked[]): { reports: Picked[]; leftOut: LeftOut[] } {
  const reports: Picked[] = [];
  const leftOut: LeftOut[] = [];
  for (const p of [...picked].sort((a, b) => a.path.localeCompare(b.path, "zh-CN"))) {
    const reason = REASONS.find(([pattern]) => pattern.test(p.path));
    if (!p.file)
      leftOut.push({ path: p.path, reason: "无法读取这个文件。", reasonEn: "The file cannot be read." });
    else if (reason) leftOut.push({ path: p.path, reason: reason[1], reasonEn: reason[2] });
    else if (!/\.docx$/i.test(p.path))
      leftOut.push({ path: p.path, reason: "不是 .docx 文件。", reasonEn: "Not a .docx file." });
    else if (p.file.size > MAX_BYTES)
      leftOut.push({
        path: p.path,
        reason: "文件过大（超过 50 MB），不是一份年度报告。",
        reasonEn: "Larger than 50 MB: not an annual report.",
      });
    else reports.push(p);
  }
  return { reports, leftOut };
}

/** Files of an <input type=file> (with webkitdirectory, their folder paths). */
export const fromInput = (files: FileList): Picked[] =>
  Array.from(files, (file) => ({ file, path: file.webkitRelativePath || file.name }));

/** Files and folders dropped on the page, folders walked; read synchronously from the event first. */
export function fromDrop(transfer: DataTransfer): Promise<Picked[]> {
  const entries = Array.from(transfer.items, (item) => item.webkitGetAsEntry?.() ?? null);
  if (!entries.some(Boolean)) return Promise.resolve(fromInput(transfer.files));
  return Promise.all(entries.map((e) => (e ? walk(e) : Promise.resolve([])))).then((lists) => lists.flat());
}

async function walk(entry: FileSystemEntry): Promise<Picked[]> {
  const path = entry.fullPath.replace(/^\//, "");
  if (entry.isFile)
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([{ file, path }]),
        () => resolve([{ file: null, path }]),
      ),
    );
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries answers in batches until it answers none
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (!batch.length) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(walk))).flat();
}
