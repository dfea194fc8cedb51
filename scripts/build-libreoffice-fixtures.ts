/**
 * Writes every .docx fixture again with another word processor: LibreOffice opens each one,
 * saves it as ODT, opens that and saves it as .docx, so the result is LibreOffice's own
 * WordprocessingML (its own grid, merge and numbering markup), not a copy of the docx library's.
 * The files land in test/fixtures/docx-libreoffice/ and are committed; the golden tests hold
 * them to the same expectations as the originals. Each web page of test/fixtures/html/ is also
 * opened and saved as .docx, as a unit turns its published report back into Word: the page's
 * layout table comes along, the whole report inside it (test/fixtures/docx-web/).
 * Run: npx ts-node --transpile-only scripts/build-libreoffice-fixtures.ts (needs `soffice`).
 * Names of fixture files as arguments write only those; `--web` writes only the web pages' copies. LO_PROFILE=/tmp/lo-me gives LibreOffice a profile of its own, so concurrent runs do not collide.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const root = join(__dirname, "..");
const out = join(root, "test/fixtures/docx-libreoffice");
const webOut = join(root, "test/fixtures/docx-web");

function soffice(args: string[]): void {
  const profile = process.env.LO_PROFILE ? [`-env:UserInstallation=file://${process.env.LO_PROFILE}`] : [];
  execFileSync("soffice", [...profile, "--headless", "--norestore", ...args], {
    stdio: "ignore",
    timeout: 120_000,
  });
}

/** Fixture file names given on the command line: only those are written again. */
const only = process.argv.slice(2).filter((a) => a !== "--web");

function main(): void {
  if (process.argv.includes("--web")) {
    const work = mkdtempSync(join(tmpdir(), "lo-web-"));
    try {
      return webPages(work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const sources = [
    ...readdirSync(join(root, "test/fixtures/docx")).map((f) => join(root, "test/fixtures/docx", f)),
    join(root, "examples/sample-report.docx"),
  ].filter((f) => f.endsWith(".docx") && (!only.length || only.includes(basename(f))));
  const work = mkdtempSync(join(tmpdir(), "lo-fixtures-"));
  try {
    for (const f of sources) copyFileSync(f, join(work, basename(f)));
    soffice([
      "--convert-to",
      "odt",
      "--outdir",
      join(work, "odt"),
      ...sources.map((f) => join(work, basename(f))),
    ]);
    const odts = readdirSync(join(work, "odt")).map((f) => join(work, "odt", f));
    soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", join(work, "docx"), ...odts]);
    mkdirSync(out, { recursive: true });
    for (const f of readdirSync(join(work, "docx"))) copyFileSync(join(work, "docx", f), join(out, f));
    console.log(`wrote ${readdirSync(join(work, "docx")).length} files to ${out}`);
    if (!only.length) webPages(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The web pages of test/fixtures/html/ saved as .docx by LibreOffice, into test/fixtures/docx-web/. */
function webPages(work: string): void {
  const pages = readdirSync(join(root, "test/fixtures/html"))
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(root, "test/fixtures/html", f));
  soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", join(work, "web"), ...pages]);
  mkdirSync(webOut, { recursive: true });
  for (const f of readdirSync(join(work, "web"))) copyFileSync(join(work, "web", f), join(webOut, f));
  console.log(`wrote ${readdirSync(join(work, "web")).length} files to ${webOut}`);
}

if (require.main === module) main();
