import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** How long one conversion may take before LibreOffice is stopped. */
const TIMEOUT_MS = 120_000;

/** Where LibreOffice lives when it is not on the PATH (Windows, macOS). */
const KNOWN_PLACES = [
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
];

/**
 * LibreOffice's `soffice`, or null when it is not installed. `REPORT_CHECK_SOFFICE` names it
 * explicitly (and lets a test pretend it is missing).
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.REPORT_CHECK_SOFFICE !== undefined)
    return env.REPORT_CHECK_SOFFICE && existsSync(env.REPORT_CHECK_SOFFICE) ? env.REPORT_CHECK_SOFFICE : null;
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean))
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  return KNOWN_PLACES.find((p) => existsSync(p)) ?? null;
}

/**
 * Converts an old Word, WPS or RTF file's bytes to .docx with LibreOffice. The bytes are written
 * into a fresh temporary folder, so LibreOffice never opens the original (nor leaves a lock file
 * beside it); LibreOffice gets a profile of its own there, so a running LibreOffice or another
 * conversion never collides; everything is removed afterwards.
 */
export function convertToDocx(
  soffice: string,
  bytes: Uint8Array,
  name: string,
  timeoutMs = TIMEOUT_MS,
): Uint8Array | "timeout" | "failed" {
  const work = mkdtempSync(join(tmpdir(), "report-check-convert-"));
  try {
    const input = join(work, `report${extname(name).toLowerCase() || ".doc"}`);
    writeFileSync(input, bytes);
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        join(work, "out"),
        input,
      ],
      // detached: its own process group, so killGroup ends everything it started
      { stdio: "ignore", timeout: timeoutMs, killSignal: "SIGKILL", detached: true } as SpawnSyncOptions,
    );
    killGroup(run.pid);
    const output = join(work, "out", "report.docx");
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ETIMEDOUT") return "timeout";
    if (!existsSync(output)) return "failed";
    return new Uint8Array(readFileSync(output));
  } catch {
    return "failed";
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * soffice is a wrapper that starts soffice.bin: on a timeout only the wrapper is killed, so the
 * whole process group the conversion started (and only it) is ended too.
 */
function killGroup(pid: number | undefined): void {
  if (!pid || process.platform === "win32") return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group has already ended
  }
}
