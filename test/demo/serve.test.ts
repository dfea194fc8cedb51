import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { serveStatic } from "../../src/demo/serve";

/** A raw GET, the path sent exactly as given (fetch would normalise "/%"). */
function get(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the demo server", () => {
  let root: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "serve-"));
    writeFileSync(join(root, "demo.html"), "<p>demo</p>");
    ({ server, url } = await serveStatic(root));
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(["/%", "/%E4%B8", "/a%2", "/%00demo.html"])(
    "answers the malformed request GET %s with 400",
    async (path) => {
      expect((await get(url, path)).status).toBe(400);
    },
  );

  it("stays up after malformed requests and serves the page", async () => {
    await get(url, "/%");
    await get(url, "/%");
    expect(await get(url, "/")).toEqual({ status: 200, body: "<p>demo</p>" });
  });

  it("serves nothing outside its folder", async () => {
    expect((await get(url, "/../../etc/passwd")).status).toBe(404);
    expect((await get(url, "/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
  });
});
