/**
 * LibreOffice as an independent reader of the files we write: converts .docx to HTML or PDF
 * (headless, with a private profile so parallel test files do not share a lock) and renders a
 * PDF page to PNG (pdftoppm when installed, else Chromium's PDF viewer). Tests skip, with a
 * message, when `soffice` is missing: .ci/run installs libreoffice-writer-nogui.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const which = (name: string): string | null => {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  return null;
};

export const SOFFICE = which("soffice") ?? which("libreoffice");
export const CHROMIUM = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

/** `describe`, or `describe.skip` with a warning when LibreOffice is not installed. */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (!SOFFICE) {
    console.warn(`${name}: skipped, LibreOffice is missing (apt-get install libreoffice-writer-nogui)`);
    describe.skip(name, body);
  } else describe(name, body);
}

/**
 * Converts a file with LibreOffice; returns the converted file's path in `outdir`. `to` is an
 * extension ("html", "pdf", "fodt"), optionally with a filter and its options after a colon.
 */
export function convert(file: string, to: string, outdir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  try {
    execFileSync(
      SOFFICE as string,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", outdir, file],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = path.join(outdir, `${path.basename(file).replace(/\.[^.]+$/, "")}.${to.split(":")[0]}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

export interface HtmlCell {
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
  /** The cell's background colour as LibreOffice writes it ("#ffc7ce"), lower case. */
  readonly background: string | null;
}

/** Decodes the entities LibreOffice writes. */
const decode = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The top-level tables of an HTML file LibreOffice wrote: rows of cells with their spans and text. */
export function htmlTables(file: string): HtmlCell[][][] {
  const html = readFileSync(file, "utf8");
  const tables: HtmlCell[][][] = [];
  let depth = 0;
  let cell: { attrs: string; text: string } | null = null;
  const tag = /<(\/?)(table|tr|td|th)\b([^>]*)>|<[^>]*>|([^<]+)/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [, close, name, attrs, text] = m;
    if (text !== undefined) {
      if (cell) cell.text += decode(text);
      continue;
    }
    if (!name) continue;
    const lower = name.toLowerCase();
    if (lower === "table") {
      if (!close && ++depth === 1) tables.push([]);
      if (close) depth--;
      continue;
    }
    if (depth !== 1) continue;
    if (lower === "tr" && !close) tables[tables.length - 1].push([]);
    else if ((lower === "td" || lower === "th") && !close) cell = { attrs, text: "" };
    else if ((lower === "td" || lower === "th") && close && cell) {
      const attr = (n: string) => new RegExp(`${n}="([^"]*)"`, "i").exec(cell!.attrs)?.[1];
      const background =
        /background:\s*(#[0-9a-f]{6})/i.exec(attr("style") ?? "")?.[1] ?? attr("bgcolor") ?? null;
      const rows = tables[tables.length - 1];
      rows[rows.length - 1].push({
        rowSpan: Number(attr("rowspan") ?? 1),
        colSpan: Number(attr("colspan") ?? 1),
        // LibreOffice marks where a content control starts with U+0004
        // eslint-disable-next-line no-control-regex
        text: cell.text.replace(/[\s\u0000-\u001f]+/g, ""),
        background: background ? background.toLowerCase() : null,
      });
      cell = null;
    }
  }
  return tables;
}

/** A PDF filter that prints comments as PDF notes. */
export const PDF_WITH_COMMENTS = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}';

/** The comments (annotations) of a Flat ODT file LibreOffice wrote: author and text. */
export function odtComments(file: string): { author: string; text: string }[] {
  const xml = readFileSync(file, "utf8");
  return [...xml.matchAll(/<office:annotation(?=[\s>])[^>]*>([\s\S]*?)<\/office:annotation>/g)].map((m) => ({
    author: /<dc:creator>([^<]*)<\/dc:creator>/.exec(m[1])?.[1] ?? "",
    text: [...m[1].matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)]
      .map((p) => decode(p[1].replace(/<[^>]+>/g, "")))
      .join("\n"),
  }));
}

/**
 * Renders one page of a PDF to a PNG: with pdftoppm when installed, else with Chromium's PDF
 * viewer. Returns false when neither is available.
 */
export async function renderPage(pdf: string, page: number, png: string): Promise<boolean> {
  const pdftoppm = which("pdftoppm");
  if (pdftoppm) {
    const base = png.replace(/\.png$/, "");
    execFileSync(pdftoppm, [
      "-png",
      "-r",
      "80",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      pdf,
      base,
    ]);
    return true;
  }
  if (!CHROMIUM) return false;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
    await tab.goto(`file://${pdf}#page=${page}&zoom=page-fit&toolbar=0&navpanes=0`);
    await tab.waitForTimeout(2500); // the viewer draws the page after the load event
    await tab.screenshot({ path: png });
  } finally {
    await browser.close();
  }
  return true;
}
