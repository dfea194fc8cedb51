import { createHash } from "node:crypto";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require("../../webpack.config.js") as {
  contentSecurityPolicy(html: string, officeOrigin: string | null): string;
};

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("the pages' Content-Security-Policy", () => {
  it("allows our own files, the office.js mirror's origin and each inline script by hash only", () => {
    const html = '<script src="https://mirror.example.gov.cn/office.js"></script><script>go()</script>';
    const policy = directives(contentSecurityPolicy(html, "https://mirror.example.gov.cn"));
    const hash = createHash("sha256").update("go()").digest("base64");
    expect(policy.get("script-src")).toEqual(["'self'", "https://mirror.example.gov.cn", `'sha256-${hash}'`]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    // Word on the web's trust prompt is a frame office.js opens from its own base path
    expect(policy.get("frame-src")).toEqual(["'self'", "https://mirror.example.gov.cn"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("names no other host on a page without office.js", () => {
    const policy = contentSecurityPolicy('<script defer src="demo.js"></script>', null);
    expect(policy).not.toMatch(/https?:/);
    expect(directives(policy).get("script-src")).toEqual(["'self'"]);
  });
});
