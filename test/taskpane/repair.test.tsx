/** @jest-environment jsdom */
/**
 * The pane's 补全与修正: what the last check allows inserting, replacing and filling, each a
 * button that writes through the port and checks again, with the buttons on findings named
 * 空白填0, 修正标题编号 and 修正合计.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { readDocx } from "../../src/docx";
import { reportTemplateDocx } from "../../src/docx/write";
import { check, type DocumentSnapshot, type Finding } from "../../src/engine";
import { App } from "../../src/taskpane/components/App";
import type { DocumentPort, PortResult } from "../../src/word/port";
import { allShown, fakePort, finding, result } from "./fixtures";

Object.assign(globalThis, { TextDecoder });

const root = path.resolve(__dirname, "../..");
const seed002 = readDocx(new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/seed-002.docx"))));
const ok = <T,>(value: T): PortResult<T> => ({ ok: true, value });

function repairPort(snapshot: DocumentSnapshot, over: Partial<DocumentPort> = {}, readOnly = false) {
  return fakePort(
    {
      read: jest.fn(async () => ok({ snapshot, tables: [] })),
      insert: jest.fn(async () => ok({ tracked: false })),
      replaceTable: jest.fn(async () => ok({ tracked: false })),
      applyFixes: jest.fn(async (fixes: readonly unknown[]) =>
        ok({ applied: fixes.length, refused: 0, tracked: false }),
      ),
      ...over,
    },
    { readOnly },
  );
}

function renderApp(port: DocumentPort, checkFn: (s: DocumentSnapshot) => ReturnType<typeof check> = check) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} check={checkFn} />
    </FluentProvider>,
  );
  return userEvent.setup();
}

const checkButton = () => screen.getByRole("button", { name: /检查我的报告|重新检查/ });

describe("补全与修正", () => {
  it("offers seed 002's missing section 四, the replacement of its damaged tables and 空白填0 for table3", async () => {
    const port = repairPort(seed002);
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    const panel = await screen.findByRole("region", { name: "补全与修正" });
    expect(within(panel).getByText("插入缺少的“四、政府信息公开行政复议、行政诉讼情况”")).toBeTruthy();
    expect(within(panel).getByText(/^表三 依申请公开情况与标准格式不符/)).toBeTruthy();
    expect(within(panel).getByText(/^表二 主动公开情况与标准格式不符/)).toBeTruthy();
    expect(within(panel).getByText("表三 依申请公开情况有 102 个空白或占位单元格")).toBeTruthy();
  });

  it("inserts the missing section on 插入这一部分 and checks again", async () => {
    const port = repairPort(seed002);
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await user.click(
      await within(await screen.findByRole("region", { name: "补全与修正" })).findByRole("button", {
        name: "插入这一部分",
      }),
    );
    await screen.findByText("已写入文档，并重新检查。");
    expect(port.insert).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "insert-section", section: "s4" }),
    );
    expect(port.read).toHaveBeenCalledTimes(2);
  });

  it("says gently when Word left something around the insertion it could not tidy", async () => {
    const port = repairPort(seed002, { insert: jest.fn(async () => ok({ tracked: false, untidy: true })) });
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await user.click(
      await within(await screen.findByRole("region", { name: "补全与修正" })).findByRole("button", {
        name: "插入这一部分",
      }),
    );
    await screen.findByText("已写入文档，并重新检查。");
    expect(screen.getByText(/^已插入，但 Word 在插入处留下了多余的空段落/)).toBeTruthy();
  });

  it("replaces table3 and lists the numbers it could not carry", async () => {
    const snapshot = JSON.parse(JSON.stringify(seed002)) as DocumentSnapshot;
    const table3 = snapshot.blocks.filter((b) => b.kind === "table")[1];
    if (table3.kind !== "table") throw new Error("no table3");
    (table3.cells as unknown[]).push(
      { row: table3.rowCount, col: 0, rowSpan: 1, colSpan: 9, text: "小计", ref: { t: 1, tr: 99, tc: 0 } },
      { row: table3.rowCount, col: 9, rowSpan: 1, colSpan: 1, text: "7", ref: { t: 1, tr: 99, tc: 1 } },
    );
    (table3 as { rowCount: number }).rowCount++;
    const port = repairPort(snapshot);
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    const buttons = within(await screen.findByRole("region", { name: "补全与修正" })).getAllByRole("button", {
      name: "换成标准表格",
    });
    await user.click(buttons[1]);
    await screen.findByText(/^已换成标准表格：带入原表 119 个数值，原表没有的 56 个单元格填了 0/);
    expect(screen.getByText("原表中以下 1 个数字没有对应到标准表格，未带入，请手工核对：")).toBeTruthy();
    expect(screen.getByText("“小计”一行：7")).toBeTruthy();
    expect(port.replaceTable).toHaveBeenCalledWith(
      expect.objectContaining({ table: "table3", carried: 119 }),
    );
  });

  it("fills every blank of a table on 全部空白填0 and says Track Changes recorded it", async () => {
    const port = repairPort(seed002, {
      applyFixes: jest.fn(async (fixes: readonly unknown[]) =>
        ok({ applied: fixes.length - 2, refused: 2, tracked: true }),
      ),
    });
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await user.click(
      within(await screen.findByRole("region", { name: "补全与修正" })).getByRole("button", {
        name: "全部空白填0",
      }),
    );
    await screen.findByText("已填 0：100 个单元格；2 个在检查后被改过，没有改动。");
    expect(screen.getByText(/修订已打开/)).toBeTruthy();
    const fixes = (port.applyFixes as jest.Mock).mock.calls[0][0];
    expect(fixes).toHaveLength(102);
  });

  it("inserts a standard table at the cursor", async () => {
    const port = repairPort(seed002);
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await user.click(
      within(await screen.findByRole("region", { name: "补全与修正" })).getByRole("button", { name: "表四" }),
    );
    await screen.findByText("已写入文档，并重新检查。");
    expect(port.insert).toHaveBeenCalledWith({
      kind: "insert-table",
      table: "table4",
      format: "2021",
      anchor: { kind: "cursor" },
    });
  });

  it("shows the failure when the cursor is in a table", async () => {
    const port = repairPort(seed002, {
      insert: jest.fn(async () => ({ ok: false as const, reason: "cursor-in-table" as const })),
    });
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await user.click(
      within(await screen.findByRole("region", { name: "补全与修正" })).getByRole("button", { name: "表四" }),
    );
    await screen.findByText("光标在表格中");
  });

  it("explains in Chinese when the cursor is in a header, footer, note or text box", async () => {
    const port = repairPort(seed002, {
      insert: jest.fn(async () => ({
        ok: false as const,
        reason: "cursor-outside-body" as const,
        detail: "Header",
      })),
    });
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await user.click(
      within(await screen.findByRole("region", { name: "补全与修正" })).getByRole("button", { name: "表四" }),
    );
    await screen.findByText("光标不在正文中");
    expect(screen.getByText(/不能插在页眉、页脚、脚注、尾注或文本框中/)).toBeTruthy();
  });

  it("offers at the cursor only the table the report lacks", async () => {
    const port = repairPort(seed002);
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    const panel = await screen.findByRole("region", { name: "补全与修正" });
    expect(within(panel).getByRole("button", { name: "表四" })).toBeTruthy();
    expect(within(panel).queryByRole("button", { name: "表二" })).toBeNull(); // there: a second one nothing flags
    expect(within(panel).queryByRole("button", { name: "表三" })).toBeNull();
  });

  it("offers no standard table and no 补全与修正 for a complete, clean report", async () => {
    const port = repairPort(readDocx(reportTemplateDocx(2024)));
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await screen.findByRole("button", { name: /重新检查/ });
    expect(screen.queryByRole("region", { name: "补全与修正" })).toBeNull();
    expect(screen.queryByRole("button", { name: "表三" })).toBeNull();
  });

  it("offers nothing to write in a read-only document", async () => {
    const port = repairPort(seed002, {}, true);
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await screen.findByText(/个错误/);
    expect(screen.queryByRole("region", { name: "补全与修正" })).toBeNull();
    expect(screen.queryByRole("button", { name: "空白填0" })).toBeNull();
  });
});

describe("the buttons on a finding", () => {
  const cellFix = {
    op: "set-cell",
    at: { table: "table3", row: "r1_open", column: "natural" },
    ref: { t: 1, tr: 5, tc: 3 },
  } as const;

  async function cards(findings: Finding[]) {
    const port = repairPort({ blocks: [] });
    const user = renderApp(port, () => result(findings));
    await user.click(checkButton());
    await allShown();
    await screen.findAllByRole("button", { name: "定位" });
    return { port, user };
  }

  it("names a blank cell's fix 空白填0 and applies it through the batch call", async () => {
    const fix = { ...cellFix, from: "", to: "0" };
    const { port, user } = await cards([finding({ rule: "cell-blank", severity: "warning", fix })]);
    await user.click(screen.getByRole("button", { name: "空白填0" }));
    await screen.findByText("已修正 1 处，并重新检查。");
    expect(port.applyFixes).toHaveBeenCalledWith([fix]);
  });

  it("names a heading number's fix 修正标题编号", async () => {
    const fix = { op: "set-paragraph-prefix", ref: { p: 9 }, from: "2、", to: "二、" } as const;
    await cards([finding({ rule: "section-heading", severity: "warning", fix, ref: { p: 9 } })]);
    expect(screen.getByRole("button", { name: "修正标题编号：2、 → 二、" })).toBeTruthy();
  });

  /** 修正合计's suggestion for 表三's 本年新收 total, and its finding. */
  const totalFix = {
    ...cellFix,
    at: { table: "table3", row: "r1_open", column: "total" },
    from: "11",
    to: "12",
  } as const;
  const totalFinding = () =>
    finding({ rule: "row-total", row: "r1_open", column: "total", suggestions: [totalFix] });

  it("names the computed total of a total cell 修正合计", async () => {
    const suggestion = totalFix;
    const f = totalFinding();
    const { port, user } = await cards([f]);
    await user.click(screen.getByRole("button", { name: "修正合计" }));
    await screen.findByText("已修正 1 处，并重新检查。");
    expect(port.applyFixes).toHaveBeenCalledWith([suggestion]);
  });

  it("tells the clerk nothing changed when the cell was edited since the check", async () => {
    const fix = { ...cellFix, from: "", to: "0" };
    const port = repairPort(
      { blocks: [] },
      { applyFixes: jest.fn(async () => ok({ applied: 0, refused: 1, tracked: false })) },
    );
    const user = renderApp(port, () => result([finding({ rule: "cell-blank", severity: "warning", fix })]));
    await user.click(checkButton());
    await allShown();
    await user.click(await screen.findByRole("button", { name: "空白填0" }));
    await screen.findByText("文档已改动");
  });

  it("tells the clerk a comment in the cell is why nothing changed", async () => {
    const port = repairPort(
      { blocks: [] },
      { applyFixes: jest.fn(async () => ok({ applied: 0, refused: 1, commented: 1, tracked: false })) },
    );
    const user = renderApp(port, () => result([totalFinding()]));
    await user.click(checkButton());
    await allShown();
    await user.click(await screen.findByRole("button", { name: "修正合计" }));
    await screen.findByText("单元格有批注");
  });

  it("counts the commented cells 全部空白填0 left alone apart from the changed ones", async () => {
    const port = repairPort(seed002, {
      applyFixes: jest.fn(async (fixes: readonly unknown[]) =>
        ok({ applied: fixes.length - 3, refused: 3, commented: 1, tracked: false }),
      ),
    });
    const user = renderApp(port);
    await user.click(checkButton());
    await allShown();
    await user.click(
      within(await screen.findByRole("region", { name: "补全与修正" })).getByRole("button", {
        name: "全部空白填0",
      }),
    );
    await screen.findByText(
      "已填 0：99 个单元格；2 个在检查后被改过，没有改动；1 个单元格有批注，为保留批注没有改动，请手工填写。",
    );
  });
});
