/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SelfTest, selfTestText } from "../../src/taskpane/components/SelfTest";
import { strings } from "../../src/taskpane/strings";
import type { DocumentPort, SelfTestReport } from "../../src/word";

const report: SelfTestReport = {
  version: "16.0.18025.20000",
  platform: "PC",
  capabilities: {
    tables: true,
    comments: true,
    noColorShading: false,
    readOnly: false,
    wordApi: "1.4",
    trackChanges: true,
  },
  tables: [
    { t: 0, cells: 12, confirmed: 12, merged: false, addressing: null, withoutMerges: false },
    { t: 1, cells: 175, confirmed: 0, merged: true, addressing: false, withoutMerges: false },
    { t: 2, cells: 30, confirmed: 0, merged: false, addressing: null, withoutMerges: true },
  ],
  failures: ["table 3 GeneralException Range.getOoxml"],
};

describe("自检 in the pane", () => {
  it("writes a report the clerk can copy: Word, API sets, each table and the failed calls", () => {
    const text = selfTestText(report, strings.zh.selfTest);
    expect(text.split("\n")).toEqual([
      "年报校验 自检报告",
      "Word 版本：16.0.18025.20000；平台：PC",
      "接口：WordApi 1.4；批注（WordApi 1.4）：有；“无颜色”底纹（WordApiDesktop 1.4）：无；修订状态（WordApi 1.4）：有",
      "表格 1：12 个单元格，12 个地址已确认",
      "表格 2：175 个单元格，0 个地址已确认；合并单元格地址与 Word 不一致，不会标色或修改",
      "表格 3：30 个单元格，0 个地址已确认；OOXML 读取失败，只按文字读取（无合并信息）",
      "失败的调用：table 3 GeneralException Range.getOoxml",
    ]);
  });

  it("runs on a click and shows the report", async () => {
    const selfTest = jest.fn(async () => ({ ok: true as const, value: report }));
    const port = { capabilities: report.capabilities, selfTest } as unknown as DocumentPort;
    render(
      <FluentProvider theme={webLightTheme}>
        <SelfTest port={port} disabled={false} />
      </FluentProvider>,
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "自检" }));
    const box = (await screen.findByRole("textbox", { name: "年报校验 自检报告" })) as HTMLTextAreaElement;
    expect(box.value).toContain("表格 2：175 个单元格");
    expect(selfTest).toHaveBeenCalledTimes(1);
  });
});
