/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type AppProps } from "../../src/taskpane/components/App";
import { allShown, caps, fakePort, finding, result } from "./fixtures";
import type { ReadOutcome } from "../../src/word";

function renderApp(props: Partial<AppProps> & Pick<AppProps, "port">) {
  const check = props.check ?? jest.fn(() => result());
  render(
    <FluentProvider theme={webLightTheme}>
      <App check={check} {...props} />
    </FluentProvider>,
  );
  return { check, user: userEvent.setup() };
}

const checkButton = () => screen.getByRole("button", { name: /检查我的报告|重新检查/ });

describe("the task pane", () => {
  it("reads, checks and marks when the clerk clicks 检查我的报告, then summarises", async () => {
    const port = fakePort();
    const { check, user } = renderApp({ port });
    expect(screen.getByText(/不会改动文字/)).toBeTruthy();
    await user.click(checkButton());
    await screen.findByText("1 个错误");
    await allShown();
    expect(port.read).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith({ blocks: [] });
    expect(port.mark).toHaveBeenCalledWith(result(), { comments: false });
    expect(screen.getByText("报告年度：2022 年 · 表格格式：2021 年版")).toBeTruthy();
    const tables = screen.getByRole("list", { name: "三张表" });
    expect(
      within(tables).getByText(/表三 依申请公开情况：识别 175\/175 个数据单元格；其中 2 个无法在文档中标色/),
    ).toBeTruthy();
    expect(within(tables).getByText("未找到")).toBeTruthy();
    expect(screen.getByTitle("五、存在的主要问题及改进情况（缺少）")).toBeTruthy();
    expect(screen.getByText("已在文档中标出 1 个问题单元格和 4 个参与计算的单元格。")).toBeTruthy();
    expect(screen.getByText("文档中的颜色：")).toBeTruthy();
  });

  it("groups findings by table and shows each sum as a formula with both values and the difference", async () => {
    const port = fakePort();
    const findings = [
      finding({ table: "table2", section: "s2", severity: "warning", message: "表二某格为空", data: {} }),
      finding(),
      finding({
        table: null,
        section: "s5",
        rule: "section-missing",
        message: "缺少第五部分",
        data: {},
        ref: null,
        cells: [],
      }),
    ];
    const { user } = renderApp({ port, check: () => result(findings) });
    await user.click(checkButton());
    await allShown();
    const groups = screen.getAllByRole("region");
    expect(groups.map((g) => g.getAttribute("aria-label"))).toEqual([
      "表二 主动公开情况",
      "表三 依申请公开情况",
      "五、存在的主要问题及改进情况",
    ]);
    expect(within(groups[1]).getByText("一(60) + 二(0) = 60，三（七）(61) + 四(0) = 61，差 1")).toBeTruthy();
    expect(within(groups[0]).getByText("警告")).toBeTruthy();
    expect(within(groups[2]).queryByRole("button", { name: "定位" })).toBeNull();
    expect(screen.getByText("2 个错误，1 个警告")).toBeTruthy();
  });

  it("shows one severity at a time when asked", async () => {
    const port = fakePort();
    const findings = [
      finding(),
      finding({ severity: "warning", message: "某格为空", data: {} }),
      finding({ severity: "warning", message: "另一格为空", data: {} }),
    ];
    const { user } = renderApp({ port, check: () => result(findings) });
    await user.click(checkButton());
    await user.click(await screen.findByRole("tab", { name: "警告 2" }));
    expect(screen.getAllByText(/格为空/)).toHaveLength(2);
    expect(screen.queryByText(/本年新收加上年结转/)).toBeNull();
    await user.click(screen.getByRole("tab", { name: "全部 3" }));
    expect(screen.getByText(/本年新收加上年结转/)).toBeTruthy();
  });

  it("shows a sum's formula once, in its own box, not also inside the message", async () => {
    const port = fakePort();
    const formula = "一(60) + 二(0) = 60，三（七）(61) + 四(0) = 61，差 1";
    const f = finding({ message: `表三“自然人”列不平衡：${formula}`, data: { ...finding().data, formula } });
    const { user } = renderApp({ port, check: () => result([f]) });
    await user.click(checkButton());
    expect(await screen.findByText("表三“自然人”列不平衡")).toBeTruthy();
    expect(screen.getAllByText(formula)).toHaveLength(1);
  });

  it("goes to the finding's cell on 定位", async () => {
    const port = fakePort();
    const { user } = renderApp({ port });
    await user.click(checkButton());
    await user.click(await screen.findByRole("button", { name: "定位" }));
    expect(port.navigate).toHaveBeenCalledWith({ t: 1, tr: 20, tc: 2 });
  });

  it("applies a fix on 修正 and checks again", async () => {
    const port = fakePort();
    const fix = {
      op: "set-cell",
      at: { table: "table3", row: "r7_total", column: "natural" },
      ref: { t: 1, tr: 20, tc: 2 },
      from: "61",
      to: "60",
    } as const;
    const { check, user } = renderApp({ port, check: jest.fn(() => result([finding({ fix })])) });
    await user.click(checkButton());
    await user.click(await screen.findByRole("button", { name: "修正：61 → 60" }));
    await screen.findByText("已修正，并重新检查。");
    expect(port.applyFix).toHaveBeenCalledWith(fix);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it("offers suggestions as choices, not as a fix", async () => {
    const port = fakePort();
    const suggestion = {
      op: "set-cell",
      at: { table: "table3", row: "r7_total", column: "natural" },
      ref: { t: 1, tr: 20, tc: 2 },
      from: "61",
      to: "60",
    } as const;
    const { user } = renderApp({ port, check: () => result([finding({ suggestions: [suggestion] })]) });
    await user.click(checkButton());
    expect(await screen.findByText("可改为 60（现为 61）")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /修正/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "采用" }));
    expect(port.applyFix).toHaveBeenCalledWith(suggestion);
  });

  it("shows the cell most likely wrong behind a broken sum and fixes it on 修正", async () => {
    const port = fakePort();
    const suggestion = {
      op: "set-cell",
      at: { table: "table3", row: "r1_open", column: "natural" },
      ref: { t: 1, tr: 5, tc: 3 },
      from: "56",
      to: "57",
    } as const;
    const f = finding({
      suspect: { table: "table3", row: "r1_open", column: "natural", value: 57 },
      suggestions: [suggestion],
      data: {
        ...finding().data,
        suspect: { note: "最可能出错：自然人·（一）予以公开，应为 57", noteEn: "x" },
      },
    });
    const { user } = renderApp({ port, check: () => result([f]) });
    await user.click(checkButton());
    expect(await screen.findByText("最可能出错：自然人·（一）予以公开，应为 57")).toBeTruthy();
    expect(screen.queryByText("可改为 57（现为 56）")).toBeNull();
    await user.click(screen.getByRole("button", { name: "修正" }));
    expect(port.applyFix).toHaveBeenCalledWith(suggestion);
  });

  it("says so when the sums cannot tell which cell is wrong", async () => {
    const port = fakePort();
    const note =
      "无法确定哪一格有误，以下改法都能使各项合计相符：行政复议·总计改为 3；行政复议·结果维持改为 0。请对照台账核实。";
    const f = finding({ data: { ...finding().data, undetermined: { note, noteEn: "x" } } });
    const { user } = renderApp({ port, check: () => result([f]) });
    await user.click(checkButton());
    expect(await screen.findByText(note)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "修正" })).toBeNull();
  });

  it("clears marks and says what it restored", async () => {
    const port = fakePort({
      clearMarks: jest.fn(async () => ({
        ok: true as const,
        value: { restored: 5, changed: 1, unreachable: 0, approximate: 2, comments: 0 },
      })),
    });
    const { user } = renderApp({ port });
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已清除 5 个单元格的标记，恢复了原来的底纹。")).toBeTruthy();
    expect(screen.getByText(/1 个单元格的底纹在标记后被改过/)).toBeTruthy();
    expect(screen.getByText(/2 个单元格原本没有底纹/)).toBeTruthy();
  });

  it("explains that Word is too old and keeps the check button off", () => {
    const port = fakePort({}, { tables: false, wordApi: "1.1" });
    renderApp({ port });
    expect(screen.getByText("Word 版本太旧")).toBeTruthy();
    expect(screen.getByText(/当前 Word 只支持 WordApi 1.1/)).toBeTruthy();
    expect((checkButton() as HTMLButtonElement).disabled).toBe(true);
  });

  it("checks a read-only document without marking, and offers no fixes", async () => {
    const port = fakePort({}, { readOnly: true });
    const fix = {
      op: "set-cell",
      at: { table: "table3", row: "r", column: "c" },
      ref: { t: 1, tr: 1, tc: 1 },
      from: "1",
      to: "2",
    } as const;
    const { user } = renderApp({ port, check: () => result([finding({ fix })]) });
    expect(screen.getByText("文档是只读的")).toBeTruthy();
    await user.click(checkButton());
    await screen.findByText("1 个错误");
    expect(port.mark).not.toHaveBeenCalled();
    expect(screen.queryByRole("button", { name: /修正/ })).toBeNull();
    expect((screen.getByRole("button", { name: "清除标记" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("keeps the findings and explains when the document is protected", async () => {
    const port = fakePort({
      mark: jest.fn(async () => ({ ok: false as const, reason: "protected" as const })),
    });
    const { user } = renderApp({ port });
    await user.click(checkButton());
    expect(await screen.findByText("文档受保护/只读")).toBeTruthy();
    expect(screen.getByText("1 个错误")).toBeTruthy();
  });

  it("shows Word's own error, not 文档受保护, when a write failed for a reason Word did not give", async () => {
    const detail = "GeneralException: GeneralException（位置 Range.insertOoxml）";
    const port = fakePort({
      mark: jest.fn(async () => ({ ok: false as const, reason: "host-error" as const, detail })),
    });
    const { user } = renderApp({ port });
    await user.click(checkButton());
    expect(await screen.findByText("Word 报告了错误")).toBeTruthy();
    expect(screen.getByText(detail)).toBeTruthy();
    expect(screen.getByText(/如果文档处于“查看”模式，请先切换到“编辑”模式/)).toBeTruthy();
    expect(screen.queryByText("文档受保护/只读")).toBeNull();
    expect(screen.getByText("1 个错误")).toBeTruthy();
  });

  it("says so when the document has no report tables", async () => {
    const port = fakePort();
    const none = result([], {
      format: "unknown",
      tables: (["table2", "table3", "table4"] as const).map((key) => ({
        key,
        found: false,
        format: null,
        bound: 0,
        expected: 10,
        parts: [],
      })),
    });
    const { user } = renderApp({ port, check: () => none });
    await user.click(checkButton());
    expect(await screen.findByText("没有找到报告表格")).toBeTruthy();
    expect(screen.queryByText(/没有发现问题。/)).toBeNull();
  });

  it("shows the engine's error instead of a blank pane", async () => {
    const port = fakePort();
    const { user } = renderApp({
      port,
      check: () => {
        throw new Error("not implemented yet");
      },
    });
    await user.click(checkButton());
    expect(await screen.findByText("检查出错")).toBeTruthy();
    expect(screen.getByText("not implemented yet")).toBeTruthy();
  });

  it("starts at once when opened by the 检查我的报告 ribbon button", async () => {
    const port = fakePort();
    renderApp({ port, autoStart: true });
    await screen.findByText("1 个错误");
    expect(port.read).toHaveBeenCalledTimes(1);
  });

  it("speaks English when Office does", async () => {
    const port = fakePort();
    const { user } = renderApp({ port, lang: "en" });
    await user.click(screen.getByRole("button", { name: "Check my report" }));
    expect(await screen.findByText("1 error(s)")).toBeTruthy();
    expect(screen.getByText(/received plus carried over/)).toBeTruthy();
    expect(screen.getByText("一(60) + 二(0) = 60, 三（七）(61) + 四(0) = 61, difference 1")).toBeTruthy();
  });

  it("offers Word comments only where Word supports them", async () => {
    const port = fakePort({}, { comments: true });
    const { user } = renderApp({ port });
    await user.click(screen.getByRole("switch", { name: "同时在批注中写明原因" }));
    await user.click(checkButton());
    await waitFor(() => expect(port.mark).toHaveBeenCalledWith(expect.anything(), { comments: true }));
  });

  it("shows an unconfirmed-cell warning after marking", async () => {
    const port = fakePort({
      mark: jest.fn(async () => ({
        ok: true as const,
        value: { marked: 1, participating: 0, unconfirmed: 3, approximate: 0, comments: 0 },
      })),
    });
    const { user } = renderApp({ port, check: () => result() });
    await user.click(checkButton());
    expect(await screen.findByText(/3 个单元格无法在 Word 中准确定位/)).toBeTruthy();
  });

  it("explains a report inside a web page's layout table, its tables' cells counted there, not per table", async () => {
    const read = (layout: boolean) =>
      jest.fn(async () => ({
        ok: true as const,
        value: {
          snapshot: { blocks: [] },
          tables: [
            {
              ref: { t: 1 },
              cells: 200,
              confirmed: layout ? 0 : 198,
              ...(layout ? { layout: true as const } : {}),
            },
          ],
        },
      }));
    const first = renderApp({ port: fakePort({ read: read(true) }), check: () => result() });
    await first.user.click(checkButton());
    expect(await screen.findByText("报告在网页的排版表格里")).toBeTruthy();
    await allShown();
    expect(screen.queryByText(/无法在文档中标色，只在此列出/)).toBeNull();
    cleanup();

    const second = renderApp({ port: fakePort({ read: read(false) }), check: () => result() });
    await second.user.click(checkButton());
    await allShown();
    expect(screen.getByText(/其中 2 个无法在文档中标色/)).toBeTruthy();
    expect(screen.queryByText("报告在网页的排版表格里")).toBeNull();
  });

  it("warns when hidden text and text boxes could not be checked against the body's OOXML", async () => {
    const outcome = (issues: ReadOutcome["issues"]) =>
      jest.fn(async () => ({ ok: true as const, value: { snapshot: { blocks: [] }, tables: [], issues } }));
    const warned = fakePort({
      read: outcome([{ kind: "story", unchecked: "ooxml", code: "ResponsePayloadSizeLimitExceeded" }]),
    });
    const first = renderApp({ port: warned, check: () => result() });
    await first.user.click(checkButton());
    expect(await screen.findByText("隐藏文字和文本框未能核对")).toBeTruthy();
    cleanup();

    const quiet = fakePort({ read: outcome([{ kind: "list", p: 1, code: "GeneralException" }]) });
    const second = renderApp({ port: quiet, check: () => result() });
    await second.user.click(checkButton());
    await waitFor(() => expect(quiet.mark).toHaveBeenCalled());
    expect(screen.queryByText("隐藏文字和文本框未能核对")).toBeNull();
  });

  it("says when a re-check turned cells it no longer flags white instead of 'no colour'", async () => {
    const port = fakePort({
      mark: jest.fn(async () => ({
        ok: true as const,
        value: { marked: 1, participating: 0, unconfirmed: 0, approximate: 2, comments: 0 },
      })),
    });
    const { user } = renderApp({ port, check: () => result() });
    await user.click(checkButton());
    expect(await screen.findByText(/2 个单元格原本没有底纹；此版本 Word 无法设置“无颜色”/)).toBeTruthy();
  });
});

describe("ignoring a finding (忽略)", () => {
  const second = finding({
    rule: "cell-blank",
    severity: "warning",
    row: "r5_2",
    column: "research",
    message: "表三某格为空白",
    messageEn: "blank",
    data: {},
    expected: null,
    actual: "",
  });

  it("asks for an optional reason, remembers it in the document, checks again, and lists it apart with 恢复", async () => {
    let stored: { key: string; message: string }[] = [];
    const port = fakePort({
      loadIgnored: jest.fn(async () => ({ ok: true as const, value: stored })),
      saveIgnored: jest.fn(async (items) => {
        stored = [...items];
        return { ok: true as const, value: undefined };
      }),
    });
    const onSheet = jest.fn(async () => undefined);
    const { user } = renderApp({ port, check: () => result([finding(), second]), onSheet });
    await user.click(checkButton());
    await screen.findByText("1 个错误，1 个警告");
    await allShown();
    const card = screen.getByText("表三某格为空白").closest("[data-rule]") as HTMLElement;
    await user.click(within(card).getByRole("button", { name: "忽略" }));
    await user.type(within(card).getByRole("textbox", { name: "忽略原因（可不填）" }), "确实没有发生");
    await user.click(within(card).getByRole("button", { name: "确定忽略" }));

    await screen.findByText("1 个错误");
    expect(port.saveIgnored).toHaveBeenCalledWith([
      { key: expect.stringContaining('"cell-blank"'), message: "表三某格为空白", reason: "确实没有发生" },
    ]);
    // the 自查单 goes to the host as a .docx
    await user.click(screen.getByRole("button", { name: "生成自查单" }));
    await screen.findByText("已生成自查单。");
    const docx = (onSheet.mock.calls[0] as unknown as [Uint8Array])[0];
    expect(String.fromCharCode(docx[0], docx[1])).toBe("PK");
    expect(port.read).toHaveBeenCalledTimes(2); // checked again, so the cell loses its mark
    const ignored = screen.getByTestId("ignored");
    expect(within(ignored).getByText("已忽略的问题（1）")).toBeTruthy();
    expect(within(ignored).getByText("表三某格为空白")).toBeTruthy();
    expect(screen.getByText(/另有 1 个问题已忽略/)).toBeTruthy();

    await user.click(within(ignored).getByRole("button", { name: "恢复" }));
    await screen.findByText("1 个错误，1 个警告");
    expect(stored).toEqual([]);
    expect(screen.queryByTestId("ignored")).toBeNull();
  });

  it("offers no 忽略 where the document cannot remember it", async () => {
    const { user } = renderApp({ port: fakePort(), check: () => result([finding(), second]) });
    await user.click(checkButton());
    await screen.findByText("1 个错误，1 个警告");
    expect(screen.queryByRole("button", { name: "忽略" })).toBeNull();
  });
});

it("offers no comment switch where Word lacks comments", () => {
  renderApp({ port: fakePort({}, caps({ comments: false })) });
  expect(screen.queryByRole("switch")).toBeNull();
});
