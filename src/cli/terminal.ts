/**
 * Escape sequences (CSI, OSC, and the two-byte ones) and every other control character but the
 * line feed and the tab: document text and file names must not move the cursor, retitle the
 * window or hide a line on the reviewer's terminal.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export const stripControls = (text: string): string => text.replace(CONTROL, "");

/**
 * The progress line on stderr, redrawn in place: "[12/40] 正在检查 …". Only on a terminal; cleared
 * before anything else is printed, so it never mixes into the results.
 */
export function progressLine(done: number, total: number, file: string, zh: boolean): string {
  const name = stripControls(file);
  const shown = name.length > 50 ? `…${name.slice(-49)}` : name;
  return `\r\x1b[2K[${done}/${total}] ${zh ? "正在检查" : "checking"} ${shown}`;
}

export const CLEAR_LINE = "\r\x1b[2K";
