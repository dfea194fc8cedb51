/** @jest-environment jsdom */
/**
 * Each stage of a check renders the pane again: what depends only on the result and the ignored
 * list (which findings are ignored, 上一个/下一个's order) is worked out once a check, not each time.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { findingKey } from "../../src/word";
import { stepOrder } from "../../src/taskpane/step-order";
import { allShown, fakePort, finding, result } from "./fixtures";

jest.mock("../../src/word", () => {
  const actual = jest.requireActual("../../src/word");
  return { ...actual, findingKey: jest.fn(actual.findingKey) };
});
jest.mock("../../src/taskpane/step-order", () => {
  const actual = jest.requireActual("../../src/taskpane/step-order");
  return { ...actual, stepOrder: jest.fn(actual.stepOrder) };
});

const rows = ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10"];
const findings = rows.map((row, i) =>
  finding({ row, message: `表三第${i + 1}行不平衡`, severity: i % 2 ? "warning" : "error" }),
);

it("keys each finding at most once and orders the steps once for one check", async () => {
  const ignored = [{ key: jest.requireActual("../../src/word").findingKey(findings[0]), message: "m" }];
  const port = fakePort({
    loadIgnored: jest.fn(async () => ({ ok: true as const, value: ignored })),
    saveIgnored: jest.fn(async () => ({ ok: true as const, value: undefined })),
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} check={() => result(findings)} />
    </FluentProvider>,
  );
  const user = userEvent.setup();
  jest.mocked(findingKey).mockClear();
  jest.mocked(stepOrder).mockClear();
  await user.click(screen.getByRole("button", { name: "检查我的报告" }));
  await screen.findByText("4 个错误，5 个警告");
  await allShown();
  expect(screen.getByText("已忽略的问题（1）")).toBeTruthy();
  expect(jest.mocked(findingKey).mock.calls.length).toBeLessThanOrEqual(findings.length);
  expect(stepOrder).toHaveBeenCalledTimes(1);
});
