/**
 * The pages' ES5 loaders (src/commands/commands.html, src/taskpane/taskpane.html), run as an old
 * webview or an intranet without office.js would run them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";

const MIRROR = "https://mirror.example.gov.cn/office.js";

/** The page as webpack writes it (template tags filled), with its inline scripts run. */
function load(page: string, globals: Record<string, unknown>): JSDOM["window"] {
  const html = readFileSync(path.resolve(__dirname, "../../src", page), "utf8")
    .replace(/<%=\s*officeJsUrl\s*%>/g, MIRROR)
    .replace(/<%[\s\S]*?%>/g, "");
  return new JSDOM(html, {
    runScripts: "dangerously",
    beforeParse: (window) => Object.assign(window, globals),
  }).window;
}

describe("the function file on an old webview", () => {
  it("sets Office.initialize, so office.js dispatches the command, and completes it", () => {
    const office: { initialize?: () => void } = {};
    const window = load("commands/commands.html", { Office: office, reportCheckModern: false });
    expect(typeof office.initialize).toBe("function");
    const event = { completed: jest.fn() };
    (window as unknown as { checkReport(e: typeof event): void }).checkReport(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the task pane when office.js cannot load", () => {
  it("explains in Chinese, naming OFFICE_JS_URL and the address it tried, instead of a white page", () => {
    const window = load("taskpane/taskpane.html", { reportCheckModern: true });
    const message = window.document.getElementById("no-office")!;
    expect(message.style.display).toBe("block");
    expect(window.document.getElementById("container")!.style.display).toBe("none");
    expect(message.textContent).toContain("无法加载 Office 的脚本 office.js");
    expect(message.textContent).toContain("OFFICE_JS_URL");
    expect(message.textContent).toContain(MIRROR);
  });

  it("shows the pane when office.js is there", () => {
    const window = load("taskpane/taskpane.html", { reportCheckModern: true, Office: {} });
    expect(window.document.getElementById("no-office")!.style.display).not.toBe("block");
    expect(window.document.getElementById("container")!.style.display).not.toBe("none");
  });
});
