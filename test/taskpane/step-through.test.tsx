/** @jest-environment jsdom */
/**
 * Findings first, grouped, explained and stepped through: the pane as a proofing tool's list.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding, Fix } from "../../src/engine";
import { rules } from "../../src/engine/rules";
import { App } from "../../src/taskpane/components/App";
import { stepFrom, stepOrder } from "../../src/taskpane/step-order";
import type { DocumentPort } from "../../src/word/port";
import { allShown, fakePort, finding, result } from "./fixtures";

const ok = <T,>(value: T) => ({ ok: true as const, value });

/** A blank cell of table 3 at Word row `tr`. */
function blank(tr: number): Finding {
  const ref = { t: 1, tr, tc: 2 };
  const at = { table: "table3" as const, row: `r${tr}`, column: "natural" };
  return finding({
    rule: "cell-blank",
    messageId: "blank",
    severity: "warning",
    row: at.row,
    message: `表三第 ${tr} 行“自然人”为空白，没有数据时应填 0。`,
    data: {},
    cells: [at],
    ref,
    fix: { op: "set-cell", at, ref, from: "", to: "0" },
  });
}

const everySection = result().sections.map((x) => ({ ...x, found: true }));
const everyTable = result().tables.map((t) => ({ ...t, found: true, parts: [{ t: 0 }] }));
const complete = (findings: Finding[]) => result(findings, { sections: everySection, tables: everyTable });

function renderApp(port: DocumentPort, findings: Finding[], complete_ = true) {
  const check = jest.fn(() => (complete_ ? complete(findings) : result(findings)));
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} check={check} />
    </FluentProvider>,
  );
  return { check, user: userEvent.setup() };
}

describe("findings first", () => {
  it("puts the counts and the first finding before the details, which stay folded when nothing is missing", async () => {
    const port = fakePort();
    const { user } = renderApp(port, [finding()]);
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    const counts = await screen.findByTestId("counts");
    await allShown();
    const card = document.querySelector("[data-rule=balance]") as HTMLElement;
    const details = screen.getByRole("button", { name: /检查概况/ });
    expect(counts.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(card.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(details.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(/报告年度/)).toBeNull();
    expect(screen.queryByText("文档中的颜色：")).toBeNull();
    await user.click(details);
    expect(await screen.findByText(/报告年度：2022 年/)).toBeTruthy();
    expect(screen.getByText("文档中的颜色：")).toBeTruthy();
  });

  it("opens the details and the insert buttons by themselves when a part is missing", async () => {
    const port = fakePort({ insert: jest.fn() });
    const { user } = renderApp(port, [finding()], false);
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await screen.findByTestId("counts");
    await allShown();
    expect(screen.getByRole("button", { name: /检查概况/ }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByTitle("五、存在的主要问题及改进情况（缺少）")).toBeTruthy();
  });
});

describe("many findings of one kind", () => {
  const blanks = Array.from({ length: 12 }, (_, i) => blank(i + 3));

  it("are one card with a count and one 全部填0 that fills them all in one write", async () => {
    const applyFixes = jest.fn(async (fixes: readonly Fix[]) =>
      ok({ applied: fixes.length, refused: 0, tracked: true }),
    );
    const port = fakePort({ applyFixes });
    const { user } = renderApp(port, [finding(), ...blanks]);
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    const card = (await screen.findByText("表三 12 个单元格为空白")).closest("[data-rule]") as HTMLElement;
    expect(card.getAttribute("data-count")).toBe("12");
    expect(document.querySelectorAll("[data-rule]")).toHaveLength(2);
    // the filters count cards and cells
    expect(screen.getByRole("tab", { name: "全部 2 · 13 处" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "警告 1 · 12 处" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "错误 1" })).toBeTruthy();
    // expandable to the cells, each with 定位
    await user.click(within(card).getByRole("button", { name: "展开 12 处" }));
    const places = card.querySelectorAll("li");
    expect(places).toHaveLength(12);
    await user.click(within(places[4]).getByRole("button", { name: "定位" }));
    expect(port.navigate).toHaveBeenLastCalledWith({ t: 1, tr: 7, tc: 2 });
    await user.click(within(card).getByRole("button", { name: "全部填0" }));
    await waitFor(() => expect(applyFixes).toHaveBeenCalledTimes(1));
    expect(applyFixes.mock.calls[0][0]).toEqual(blanks.map((b) => b.fix));
  });

  it("stay single cards when there are only two", async () => {
    const port = fakePort();
    const { user } = renderApp(port, [blank(3), blank(4)]);
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await screen.findByTestId("counts");
    await allShown();
    expect(document.querySelectorAll("[data-rule=cell-blank]")).toHaveLength(2);
    expect(document.querySelector("[data-count]")).toBeNull();
  });
});

describe("stepping through", () => {
  // listed by the engine in template order; the document has table 3's row 9 before row 4's paragraph
  const findings = [
    finding({ ref: { t: 1, tr: 20, tc: 2 } }),
    finding({ rule: "section-heading", table: null, section: "s5", message: "标题编号有误", ref: { p: 9 } }),
    finding({ ref: { t: 1, tr: 9, tc: 3 }, message: "第二个" }),
    finding({ ref: null, cells: [], message: "无处可去", table: null, section: null }),
  ];
  const snapshot = {
    blocks: [
      { kind: "paragraph", text: "标题", ref: { p: 0 } },
      { kind: "table", rowCount: 30, colCount: 9, cells: [], ref: { t: 1 } },
      { kind: "paragraph", text: "五、", ref: { p: 9 } },
    ],
  } as const;

  it("orders the findings with a place by block, row and cell", () => {
    const r = complete(findings);
    expect(stepOrder(r, snapshot, [0, 1, 2, 3])).toEqual([2, 0, 1]);
    expect(stepFrom([2, 0, 1], null, 1)).toBe(2);
    expect(stepFrom([2, 0, 1], 1, 1)).toBe(2);
    expect(stepFrom([2, 0, 1], null, -1)).toBe(1);
    expect(stepFrom([], null, 1)).toBeNull();
  });

  it("walks them with 下一个, 上一个 and Alt+↓/Alt+↑, selecting each and showing where it is", async () => {
    const port = fakePort({
      read: jest.fn(async () => ok({ snapshot, tables: [{ ref: { t: 1 }, cells: 200, confirmed: 200 }] })),
    });
    const { user } = renderApp(port as unknown as DocumentPort, findings);
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    expect(await screen.findByText("共 3 处")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "下一个" }));
    expect(screen.getByTestId("step-position").textContent).toBe("1 / 3");
    expect(port.navigate).toHaveBeenLastCalledWith({ t: 1, tr: 9, tc: 3 });
    expect(document.querySelector("[data-current]")?.textContent).toContain("第二个");
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(port.navigate).toHaveBeenLastCalledWith({ t: 1, tr: 20, tc: 2 }));
    expect(screen.getByTestId("step-position").textContent).toBe("2 / 3");
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(port.navigate).toHaveBeenLastCalledWith({ p: 9 }));
    await user.click(screen.getByRole("button", { name: "上一个" }));
    await waitFor(() => expect(screen.getByTestId("step-position").textContent).toBe("2 / 3"));
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}");
    await waitFor(() => expect(screen.getByTestId("step-position").textContent).toBe("3 / 3"));
    expect(port.navigate).toHaveBeenLastCalledWith({ p: 9 });
  });
});

describe("为什么", () => {
  // a sum, a cell, a section and a cross-year rule: bases from the relations, the notice and the 条例
  const some = ["balance", "cell-blank", "section-missing", "carry-over-mismatch"];
  it.each(rules.filter((r) => some.includes(r.id)).map((r) => [r.id, r] as const))(
    "%s: shows the rule's description and its official basis on demand",
    async (id, rule) => {
      const port = fakePort();
      const { user } = renderApp(port, [finding({ rule: id })]);
      await user.click(screen.getByRole("button", { name: "检查我的报告" }));
      const why = await screen.findByRole("button", { name: "为什么？" });
      expect(screen.queryByTestId("why")).toBeNull();
      await user.click(why);
      const box = screen.getByTestId("why");
      expect(why.getAttribute("aria-expanded")).toBe("true");
      expect(box.textContent).toContain(rule.meta.description.zh);
      expect(box.textContent).toContain("依据：");
      for (const part of rule.meta.basis.split(/R\d+/)) expect(box.textContent).toContain(part);
    },
  );

  it("spells out a relation as docs/rules does", async () => {
    const port = fakePort();
    const { user } = renderApp(port, [finding()]);
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await user.click(await screen.findByRole("button", { name: "为什么？" }));
    expect(screen.getByTestId("why").textContent).toContain("依据：R1（表三每一列：一 + 二 = 三（七）+ 四");
  });
});

describe("全部修正", () => {
  it("writes every safe fix in one write and says how many changes it made, as tracked changes", async () => {
    const applyFixes = jest.fn(async (fixes: readonly Fix[]) =>
      ok({ applied: fixes.length, refused: 0, tracked: true }),
    );
    const port = fakePort({ applyFixes });
    const suggestion: Fix = {
      op: "set-cell",
      at: blank(9).cells[0],
      ref: { t: 1, tr: 9, tc: 2 },
      from: "1",
      to: "2",
    };
    const findings = [blank(3), blank(4), finding({ suggestions: [suggestion] })];
    const { user } = renderApp(port, findings);
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await user.click(await screen.findByRole("button", { name: "全部修正（2 处）" }));
    await screen.findByText("已修正 2 处，并重新检查。");
    // the suggestion stays the clerk's choice
    expect(applyFixes).toHaveBeenCalledWith([blank(3).fix, blank(4).fix]);
    expect(screen.getByText(/修订已打开：这次改动以修订显示/)).toBeTruthy();
  });
});
