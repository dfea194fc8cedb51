/** @jest-environment jsdom */
/**
 * The offline manifest check: what `npm run validate` (Microsoft's online service) would reject,
 * checked without a network. Element order follows "Manifest element ordering"
 * (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering).
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const requireJs = createRequire(__filename);
const webpackConfig = requireJs(path.join(root, "webpack.config.js"));
const HtmlWebpackPlugin = requireJs("html-webpack-plugin");
const CopyWebpackPlugin = requireJs("copy-webpack-plugin");
const DEV_URL: string = webpackConfig.DEV_URL;
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

const all = (): Element[] => Array.from(doc.getElementsByTagName("*"));
const byName = (local: string): Element[] => all().filter((e) => e.localName === local);
const childNames = (e: Element): string[] => Array.from(e.children).map((c) => c.localName);
const xsiType = (e: Element): string | null =>
  e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");

/** Files a production build emits, read from webpack's own configuration. */
async function builtFiles(): Promise<Set<string>> {
  const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  const files = new Set<string>();
  for (const plugin of config.plugins) {
    if (plugin instanceof HtmlWebpackPlugin) files.add(plugin.userOptions.filename);
    if (plugin instanceof CopyWebpackPlugin) {
      for (const pattern of plugin.patterns) {
        const from: string = pattern.from;
        if (from.startsWith("assets/")) {
          const re = new RegExp(`^${from.slice("assets/".length).replace(/\./g, "\\.").replace("*", ".*")}$`);
          readdirSync(path.join(root, "assets"))
            .filter((f) => re.test(f))
            .forEach((f) => files.add(`assets/${f}`));
        } else if (existsSync(path.join(root, from))) {
          files.add(pattern.to.includes("[name]") ? path.basename(from) : pattern.to);
        }
      }
    }
  }
  return files;
}

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function expectOrder(element: Element, order: readonly string[]): void {
  const names = childNames(element);
  const positions = names.map((n) => order.indexOf(n));
  expect({ element: element.localName, unknown: names.filter((_, i) => positions[i] < 0) }).toEqual({
    element: element.localName,
    unknown: [],
  });
  const sorted = [...positions].sort((a, b) => a - b);
  expect({ element: element.localName, order: names }).toEqual({
    element: element.localName,
    order: sorted.map((p) => order[p]),
  });
}

describe("manifest.xml", () => {
  it("parses as XML with the add-in manifest root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
  });

  it("has a GUID id, zh-CN as the default locale and an en-US override for every text", () => {
    expect(byName("Id")[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(byName("DefaultLocale")[0].textContent).toBe("zh-CN");
    const texts = [...byName("DisplayName"), ...byName("Description").slice(0, 1), ...byName("String")];
    for (const e of texts) {
      const overrides = Array.from(e.children).filter((c) => c.localName === "Override");
      expect({
        id: e.getAttribute("id") ?? e.localName,
        locales: overrides.map((o) => o.getAttribute("Locale")),
      }).toEqual({
        id: e.getAttribute("id") ?? e.localName,
        locales: ["en-US"],
      });
    }
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(byName("Permissions").map((e) => e.textContent)).toEqual(["ReadWriteDocument"]);
  });

  it("needs WordApi 1.3 for its commands", () => {
    const sets = byName("Set").map((e) => [e.getAttribute("Name"), e.getAttribute("MinVersion")]);
    expect(sets).toEqual([["WordApi", "1.3"]]);
  });

  it("keeps every id unique and within 125 characters", () => {
    const ids = all()
      .map((e) => e.getAttribute("id"))
      .filter((id): id is string => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id.length).toBeLessThanOrEqual(125));
  });

  it("resolves every resid to a resource of the right kind", () => {
    const kind = (id: string) => {
      const res = all().find((e) => e.getAttribute("id") === id && e.parentElement?.localName !== "Group");
      return res ? `${res.parentElement?.localName}` : "missing";
    };
    const expected: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      LearnMoreUrl: "Urls",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
    };
    const uses = all().filter((e) => e.hasAttribute("resid"));
    expect(uses.length).toBeGreaterThan(10);
    for (const e of uses) {
      const resid = e.getAttribute("resid") as string;
      expect({ resid, kind: kind(resid) }).toEqual({ resid, kind: expected[e.localName] });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it("keeps short strings within 125 and long strings within 250 characters", () => {
    for (const list of byName("ShortStrings")) {
      for (const s of Array.from(list.getElementsByTagName("*"))) {
        expect((s.getAttribute("DefaultValue") ?? s.getAttribute("Value") ?? "").length).toBeLessThanOrEqual(
          125,
        );
      }
    }
    for (const list of byName("LongStrings")) {
      for (const s of Array.from(list.getElementsByTagName("*"))) {
        expect((s.getAttribute("DefaultValue") ?? s.getAttribute("Value") ?? "").length).toBeLessThanOrEqual(
          250,
        );
      }
    }
  });

  it("points every URL and icon at a file the build emits", async () => {
    const files = await builtFiles();
    const urls = all().flatMap((e) =>
      ["DefaultValue", "Value"]
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => v !== null && v.startsWith("https://")),
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const file = url.slice(DEV_URL.length).split("?")[0];
      expect({ url, built: files.has(file) }).toEqual({ url, built: true });
    }
  });

  it("declares each icon at the size of its PNG", () => {
    const sizeOf = (url: string) => pngSize(path.join(root, url.slice(DEV_URL.length)));
    expect(sizeOf(byName("IconUrl")[0].getAttribute("DefaultValue") as string)).toEqual([32, 32]);
    expect(sizeOf(byName("HighResolutionIconUrl")[0].getAttribute("DefaultValue") as string)).toEqual([
      64, 64,
    ]);
    for (const img of byName("Image").filter((e) => e.hasAttribute("resid"))) {
      const res = byName("Image").find((e) => e.getAttribute("id") === img.getAttribute("resid")) as Element;
      const size = Number(img.getAttribute("size"));
      expect(sizeOf(res.getAttribute("DefaultValue") as string)).toEqual([size, size]);
    }
    expect(pngSize(path.join(root, "assets/icon-64.png"))).toEqual([64, 64]);
  });

  it("puts elements in the documented order", () => {
    expectOrder(doc.documentElement, [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "Dictionary",
      "VersionOverrides",
      "ExtendedOverrides",
    ]);
    const overrides = byName("VersionOverrides")[0];
    expectOrder(overrides, [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "WebApplicationInfo",
      "EquivalentAddins",
      "VersionOverrides",
    ]);
    byName("DefaultSettings").forEach((e) =>
      expectOrder(e, ["SourceLocation", "RequestedWidth", "RequestedHeight"]),
    );
    byName("DesktopFormFactor").forEach((e) =>
      expectOrder(e, ["GetStarted", "FunctionFile", "ExtensionPoint"]),
    );
    byName("GetStarted").forEach((e) => expectOrder(e, ["Title", "Description", "LearnMoreUrl"]));
    byName("Group").forEach((e) => expectOrder(e, ["Label", "Icon", "Control"]));
    byName("Control").forEach((e) => expectOrder(e, ["Label", "Supertip", "Icon", "Action"]));
    byName("Supertip").forEach((e) => expectOrder(e, ["Title", "Description"]));
    byName("Action").forEach((e) =>
      expectOrder(
        e,
        xsiType(e) === "ShowTaskpane"
          ? ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"]
          : ["FunctionName"],
      ),
    );
    byName("Resources").forEach((e) => expectOrder(e, ["Images", "Urls", "ShortStrings", "LongStrings"]));
  });

  it("has one button that checks at once and one that only opens the pane, sharing one pane", () => {
    const buttons = byName("Control").filter((c) => c.parentElement?.localName === "Group");
    const group = byName("Group")[0];
    expect(byName("OfficeTab")[0].getAttribute("id")).toBe("TabHome");
    const label = byName("String").find(
      (s) => s.getAttribute("id") === group.children[0].getAttribute("resid"),
    );
    expect(label?.getAttribute("DefaultValue")).toBe("检查报告");
    const actions = buttons.map((b) => b.getElementsByTagNameNS("*", "Action")[0]);
    expect(actions.map((a) => xsiType(a))).toEqual(["ShowTaskpane", "ShowTaskpane"]);
    const urls = actions.map((a) => {
      const resid = a.getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid");
      return byName("Url")
        .find((u) => u.getAttribute("id") === resid)
        ?.getAttribute("DefaultValue");
    });
    expect(urls).toEqual([`${DEV_URL}taskpane.html?autocheck=1`, `${DEV_URL}taskpane.html`]);
    const paneIds = actions.map((a) => a.getElementsByTagNameNS("*", "TaskpaneId")[0].textContent);
    expect(new Set(paneIds).size).toBe(1);
    expect(byName("FunctionName").map((e) => e.textContent)).toEqual(["checkReport"]);
  });

  it("rewrites every development URL to ADDIN_BASE_URL in a production build", () => {
    const saved = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = "https://oa.example.gov.cn/report-check";
    try {
      const out: string = webpackConfig.transformManifest(Buffer.from(xml), false);
      expect(out).not.toContain("localhost");
      expect(out).toContain("https://oa.example.gov.cn/report-check/taskpane.html?autocheck=1");
      expect(webpackConfig.transformManifest(Buffer.from(xml), true)).toBe(xml);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });
});
