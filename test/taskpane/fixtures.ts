/** Hand-made results and a scripted document port for pane tests. */
import { screen, waitFor } from "@testing-library/react";
import type { CheckResult, Finding } from "../../src/engine";
import type { Capabilities, DocumentPort, PortResult } from "../../src/word/port";

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: "balance",
    severity: "error",
    messageId: "unequal",
    section: "s3",
    table: "table3",
    row: "r7_total",
    column: "natural",
    expected: 60,
    actual: 61,
    cells: [{ table: "table3", row: "new_received", column: "natural" }],
    message: "表三“自然人”列：本年新收加上年结转应等于处理结果总计加结转下年度继续办理",
    messageEn:
      "Table 3, natural persons: received plus carried over should equal the total handled plus carried forward",
    data: {
      terms: {
        left: [
          { label: "一", value: 60 },
          { label: "二", value: 0 },
        ],
        right: [
          { label: "三（七）", value: 61 },
          { label: "四", value: 0 },
        ],
      },
      leftSum: 60,
      rightSum: 61,
      diff: -1,
    },
    ref: { t: 1, tr: 20, tc: 2 },
    ...over,
  };
}

export function result(findings: Finding[] = [finding()], over: Partial<CheckResult> = {}): CheckResult {
  return {
    format: "2021",
    year: 2022,
    sections: (["s1", "s2", "s3", "s4", "s5", "s6"] as const).map((key) => ({
      key,
      found: key !== "s5",
      heading: key,
      ref: { p: 1 },
    })),
    tables: [
      { key: "table2", found: true, format: "2021", bound: 20, expected: 20, parts: [{ t: 0 }] },
      { key: "table3", found: true, format: "2021", bound: 175, expected: 175, parts: [{ t: 1 }] },
      { key: "table4", found: false, format: null, bound: 0, expected: 75, parts: [] },
    ],
    cells: [],
    findings,
    ...over,
  };
}

export const caps = (over: Partial<Capabilities> = {}): Capabilities => ({
  tables: true,
  comments: false,
  noColorShading: false,
  readOnly: false,
  wordApi: "1.3",
  ...over,
});

const ok = <T>(value: T): PortResult<T> => ({ ok: true, value });

export function fakePort(over: Partial<DocumentPort> = {}, capabilities: Partial<Capabilities> = {}) {
  const port = {
    capabilities: caps(capabilities),
    read: jest.fn(async () =>
      ok({
        snapshot: { blocks: [] },
        tables: [
          { ref: { t: 0 }, cells: 40, confirmed: 40 },
          { ref: { t: 1 }, cells: 200, confirmed: 198 },
        ],
      }),
    ),
    mark: jest.fn(async () =>
      ok({ marked: 1, participating: 4, unconfirmed: 0, approximate: 0, comments: 0 }),
    ),
    clearMarks: jest.fn(async () =>
      ok({ restored: 5, changed: 0, unreachable: 0, approximate: 0, comments: 0 }),
    ),
    navigate: jest.fn(async () => ok(undefined)),
    applyFix: jest.fn(async () => ok(undefined)),
    ...over,
  };
  return port;
}

/**
 * New results show their first card at once and the rest just after, the list `aria-busy`
 * meanwhile: waits for the whole of them.
 */
export const allShown = () =>
  waitFor(() => expect(screen.getByTestId("findings").getAttribute("aria-busy")).toBeNull(), {
    timeout: 5000, // jsdom renders a real report's results slowly
  });
