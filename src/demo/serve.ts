/**
 * `npm run demo`: serves the built dist/ on http://127.0.0.1 so the demo page can be opened
 * without Word and without a network. Static files only; nothing outside dist/ is reachable.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".map": "application/json",
};

/** Starts the server; `port` 0 picks a free one. Resolves with the server and its base URL. */
export function serveStatic(
  root: string,
  port = 0,
  host = "127.0.0.1",
): Promise<{ server: Server; url: string }> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    const pathname = requestPath(req.url);
    if (pathname === null) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("bad request");
      return;
    }
    const file = path.resolve(base, `.${pathname === "/" ? "/demo.html" : pathname}`);
    if (!file.startsWith(base + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    // a file removed after the check above ends this response, never the server
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({ server, url: `http://${host}:${actual}/` });
    }),
  );
}

/** The decoded path of a request URL, or null when it is malformed ("/%", a NUL byte). */
function requestPath(url: string | undefined): string | null {
  try {
    const pathname = decodeURIComponent(new URL(url ?? "/", "http://localhost").pathname);
    return pathname.includes("\0") ? null : pathname;
  } catch {
    return null;
  }
}

if (require.main === module) {
  const dist = path.resolve(__dirname, "../../dist");
  if (!existsSync(path.join(dist, "demo.html"))) {
    console.error("dist/demo.html is missing: run `npm run build` first.");
    process.exit(1);
  }
  void serveStatic(dist, Number(process.env.DEMO_PORT ?? 8080)).then(({ url }) => {
    console.log(`年报校验演示页 / demo page: ${url}demo.html  (Ctrl+C to stop)`);
    console.log(`审核页 / review page: ${url}review.html`);
  });
}
