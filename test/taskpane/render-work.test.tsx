/** @jest-environment jsdom */
/**
 * Each stage of a check renders the pane again: what depends only on the result and the ignored
 * list (which findings are ignored, 上一个/下一个's order, the list's groups and cards, the zero fills
 * 补全与修正 offers) is worked out once a check, not each time.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { fillZeroFixes, findingKey } from "../../src/word";
import { groupFindings } from "../../src/taskpane/group-findings";
import { stepOrder } from "../../src/taskpane/step-order";
import { allShown, fakePort, finding, result } from "./fixtures";

jest.mock("../../src/word", () => {
  const actual = jest.requireActual("../../src/word");
  return { ...actual, findingKey: jest.fn(actual.findingKey), fillZeroFixes: jest.fn(actual.fillZeroFixes) };
});
jest.mock("../../src/taskpane/group-findings", () => {
  const actual = jest.requireActual("../../src/taskpane/group-findings");
  return { ...actual, groupFindings: jest.fn(actual.groupFindings) };
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

it("groups the findings and plans the zero fills once a result, however often the pane renders", async () => {
  // a writable document: 补全与修正 offers its inserts and zero fills
  const port = fakePort({ applyFixes: jest.fn(), insert: jest.fn() });
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} check={() => result(findings)} />
    </FluentProvider>,
  );
  const user = userEvent.setup();
  jest.mocked(groupFindings).mockClear();
  jest.mocked(fillZeroFixes).mockClear();
  await user.click(screen.getByRole("button", { name: "检查我的报告" }));
  await screen.findByText("5 个错误，5 个警告");
  await allShown();
  // the pane renders again without a new result: a step, another filter, back to all
  await user.click(screen.getByRole("button", { name: "下一个" }));
  await user.click(screen.getByRole("tab", { name: /^警告/ }));
  await user.click(screen.getByRole("tab", { name: /^全部/ }));
  await user.click(screen.getByRole("button", { name: "下一个" }));
  // the pane's hidden warm-up (WarmUp.tsx) lists findings of its own
  const ofThisCheck = jest
    .mocked(groupFindings)
    .mock.calls.filter(([entries]) => entries.some((e) => findings.includes(e.finding)));
  expect(ofThisCheck).toHaveLength(1);
  expect(jest.mocked(fillZeroFixes).mock.calls.length).toBe(3); // 表二, 表三, 表四
});
