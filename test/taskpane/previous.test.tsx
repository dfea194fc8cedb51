/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { readDocx } from "../../src/docx";
import { App, type AppProps } from "../../src/taskpane/components/App";
import type { StoredPrevious } from "../../src/word";
import type { PortResult } from "../../src/word/port";
import { fakePort, finding, result } from "./fixtures";

// jsdom has no TextDecoder; readDocx needs it, as every browser has
Object.assign(globalThis, { TextDecoder });

const root = path.resolve(__dirname, "../..");
const lastYearFile = () =>
  new File([readFileSync(path.join(root, "test/fixtures/docx/clean-2021-zero.docx"))], "2021年报告.docx");

const ok = <T,>(value: T): PortResult<T> => ({ ok: true, value });

/** A port that remembers last year's report like the document settings would. */
function portWithSettings(initial: StoredPrevious | null = null) {
  let saved = initial;
  const loadPrevious = jest.fn(async () => ok(saved));
  const savePrevious = jest.fn(async (stored: StoredPrevious | null) => {
    saved = stored;
    return ok(undefined);
  });
  return { ...fakePort(), loadPrevious, savePrevious };
}

function renderApp(props: Partial<AppProps> & Pick<AppProps, "port">) {
  const check = props.check ?? jest.fn(() => result([]));
  render(
    <FluentProvider theme={webLightTheme}>
      <App check={check} readDocx={readDocx} {...props} />
    </FluentProvider>,
  );
  return { check, user: userEvent.setup() };
}

const section = () => screen.getByRole("region", { name: "与上年报告比较" });

/** Types into a field in one input event, as pasting does: typing key by key re-renders the pane each time. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe("与上年报告比较 in the task pane", () => {
  it("reads the picked file in the page, remembers its key figures in the document and shows them", async () => {
    const port = portWithSettings();
    const { user } = renderApp({ port });
    expect(within(section()).getByText(/选择上年的年度报告/)).toBeTruthy();
    await user.upload(screen.getByTestId("previous-file"), lastYearFile());
    const facts = await screen.findByTestId("previous-facts");
    expect(port.savePrevious).toHaveBeenCalledTimes(1);
    const stored = port.savePrevious.mock.calls[0][0]!;
    expect(stored.name).toBe("2021年报告.docx");
    expect(stored.report.carriedForward.total).toBe(0);
    expect(within(facts).getByText("上年报告：2021年报告.docx")).toBeTruthy();
    expect(within(facts).getByText(`${stored.report.year} 年度`)).toBeTruthy();
    expect(within(facts).getByText("结转下年度继续办理：0 件")).toBeTruthy();
    expect(within(facts).getByText(/^现行有效件数：规章 \d+ 件，规范性文件 \d+ 件$/)).toBeTruthy();
    expect(within(section()).getByRole("button", { name: "移除" })).toBeTruthy();
  });

  it("shows what the document remembers when the pane opens, and forgets it on 移除", async () => {
    const remembered: StoredPrevious = {
      version: 1,
      name: "上年.docx",
      truncated: false,
      report: { year: 2021, carriedForward: { total: 3 }, inForce: { normative_docs: 12 }, sections: {} },
    };
    const port = portWithSettings(remembered);
    const { user } = renderApp({ port });
    await screen.findByText("结转下年度继续办理：3 件");
    expect(screen.getByText("2021 年度")).toBeTruthy();
    expect(screen.getByText("现行有效件数：规章 — 件，规范性文件 12 件")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "移除" }));
    await waitFor(() => expect(screen.queryByTestId("previous-facts")).toBeNull());
    expect(port.savePrevious).toHaveBeenCalledWith(null);
    expect(screen.getByRole("button", { name: "选择上年报告…" })).toBeTruthy();
  });

  it("checks again after a report was picked, so carry-over findings show like any other", async () => {
    const port = portWithSettings();
    const carry = finding({
      rule: "carry-over-mismatch",
      severity: "error",
      row: "carried_over",
      column: "total",
      message: "表三“二、上年结转”总计为 1 件，上年报告“四、结转下年度继续办理”该列为 0。",
      data: {},
    });
    let picked = false;
    const check = jest.fn(() => result(picked ? [carry] : []));
    const { user } = renderApp({ port, check });
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await screen.findByText(/没有发现问题。/);
    picked = true;
    await user.upload(screen.getByTestId("previous-file"), lastYearFile());
    await screen.findByText(/上年报告“四、结转下年度继续办理”该列为 0/);
    expect(check).toHaveBeenCalledTimes(2);
    // the second check compares with what was just remembered
    expect((check.mock.calls[1] as unknown[])[1]).toEqual({
      previous: port.savePrevious.mock.calls[0][0]!.report,
    });
    expect(document.querySelector("[data-rule='carry-over-mismatch']")).toBeTruthy();
  });

  it("lists the copied sentences of a copied-text finding and goes to the copied paragraph", async () => {
    const port = portWithSettings();
    const copied = finding({
      rule: "copied-text",
      severity: "warning",
      table: null,
      row: null,
      column: null,
      section: "s5",
      cells: [],
      message: "第五部分有 80% 的文字与上年报告相同或几乎相同（6 句），应按本年度实际情况撰写。",
      data: { copied: ["一是甲", "二是乙", "三是丙", "四是丁", "五是戊", "六是己"], paragraphs: [{ p: 30 }] },
      ref: { p: 30 },
    });
    const { user } = renderApp({ port, check: () => result([copied]) });
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    const card = (await screen.findByText(/第五部分有 80%/)).closest("[data-rule]") as HTMLElement;
    expect(within(card).getByText("与上年报告相同或几乎相同的句子（6 句）：")).toBeTruthy();
    const list = within(card).getByTestId("copied-sentences");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["一是甲", "二是乙", "三是丙", "四是丁", "五是戊", "其余 1 项"]);
    await user.click(within(card).getByRole("button", { name: "定位" }));
    expect(port.navigate).toHaveBeenCalledWith({ p: 30 });
  });

  it("remembers figures the clerk typed, without last year's file, and checks again with them", async () => {
    const port = portWithSettings();
    const check = jest.fn(() => result([]));
    const { user } = renderApp({ port, check });
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await screen.findByText(/没有发现问题。/);
    await user.click(within(section()).getByRole("button", { name: "手工输入上年数字…" }));
    const form = await screen.findByTestId("previous-figures");
    await fill(user, within(form).getByRole("textbox", { name: "自然人" }), "2");
    await fill(user, within(form).getByRole("textbox", { name: "总计" }), "3");
    await fill(user, within(form).getByRole("textbox", { name: "行政规范性文件" }), "１２");
    await user.click(within(form).getByRole("button", { name: "记住这些数字" }));
    const facts = await screen.findByTestId("previous-facts");
    const stored = port.savePrevious.mock.calls[0][0]!;
    expect(stored).toMatchObject({ typed: true, report: { year: null, sections: {} } });
    expect(stored.report.carriedForward).toEqual({ natural: 2, total: 3 });
    expect(stored.report.inForce).toEqual({ normative_docs: 12 });
    expect(within(facts).getByText("上年数字：手工输入")).toBeTruthy();
    expect(within(facts).getByText("结转下年度继续办理：3 件")).toBeTruthy();
    expect(screen.queryByTestId("previous-figures")).toBeNull();
    await waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    expect((check.mock.calls[1] as unknown[])[1]).toEqual({ previous: stored.report });
  });

  it("refuses typed figures that are not whole numbers, and an empty form, saying why", async () => {
    const port = portWithSettings();
    const { user } = renderApp({ port });
    await user.click(within(section()).getByRole("button", { name: "手工输入上年数字…" }));
    const form = await screen.findByTestId("previous-figures");
    await user.click(within(form).getByRole("button", { name: "记住这些数字" }));
    expect(within(form).getByRole("alert").textContent).toBe("请至少填写一个数字。");
    await fill(user, within(form).getByRole("textbox", { name: "规章" }), "1.5");
    await user.click(within(form).getByRole("button", { name: "记住这些数字" }));
    expect(within(form).getByRole("alert").textContent).toBe("请填写 0 或正整数；不知道的可以空着。");
    expect(port.savePrevious).not.toHaveBeenCalled();
    await user.click(within(form).getByRole("button", { name: "取消" }));
    expect(screen.queryByTestId("previous-figures")).toBeNull();
  });

  it("says so when the picked file is not a Word document, and remembers nothing", async () => {
    const port = portWithSettings();
    const { user } = renderApp({ port });
    await user.upload(screen.getByTestId("previous-file"), new File(["not a report"], "x.docx"));
    await screen.findByText(/^无法读取“x.docx”：/);
    expect(port.savePrevious).not.toHaveBeenCalled();
  });

  it("has no comparison section where last year's report cannot be remembered", () => {
    renderApp({ port: fakePort() });
    expect(screen.queryByRole("region", { name: "与上年报告比较" })).toBeNull();
  });

  it("speaks English with the English strings", async () => {
    renderApp({ port: portWithSettings(), lang: "en" });
    expect(await screen.findByRole("region", { name: "Compare with last year's report" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Pick last year's report…" })).toBeTruthy();
  });
});
