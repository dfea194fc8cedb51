/** @jest-environment jsdom */
/**
 * The pane feels instant: new results show their first card in a task of their own, the rest
 * just after; the results' styles and focus handling are made ready while the pane is idle.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { allShown, fakePort, finding, result } from "./fixtures";

const findings = [
  finding(),
  finding({ table: "table2", section: "s2", severity: "warning", message: "表二某格为空", data: {} }),
  finding({
    table: null,
    section: "s5",
    rule: "section-missing",
    message: "缺少第五部分",
    data: {},
    ref: null,
  }),
];

function renderApp() {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={fakePort()} check={() => result(findings)} />
    </FluentProvider>,
  );
  return userEvent.setup();
}

/** What the page showed the first time the counts were on it. */
function firstShown(): { cards?: number; busy?: string | null; details?: boolean } {
  const seen: { cards?: number; busy?: string | null; details?: boolean } = {};
  const observer = new MutationObserver(() => {
    if (seen.cards !== undefined || !document.querySelector("[data-testid=counts]")) return;
    seen.cards = document.querySelectorAll("[data-rule]").length;
    seen.busy = screen.getByTestId("findings").getAttribute("aria-busy");
    seen.details = !!screen.queryByRole("button", { name: /检查概况/ });
    observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return seen;
}

describe("new results", () => {
  it("show the counts and the first card first, the list busy, then every card and the details", async () => {
    const user = renderApp();
    const first = firstShown();
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await allShown();
    expect(first).toEqual({ cards: 1, busy: "true", details: false });
    expect(document.querySelectorAll("[data-rule]")).toHaveLength(3);
    expect(screen.getByRole("button", { name: /检查概况/ })).toBeTruthy();
  });
});

describe("while the pane is idle after it opens", () => {
  let idle: (() => void)[] = [];
  const runIdle = () =>
    act(() => {
      const due = idle;
      idle = [];
      due.forEach((run) => run());
    });
  beforeEach(() => {
    idle = [];
    Object.assign(window, {
      requestIdleCallback: (run: () => void) => idle.push(run),
      cancelIdleCallback: () => undefined,
    });
  });
  afterEach(() => {
    delete (window as Partial<typeof window>).requestIdleCallback;
    delete (window as Partial<typeof window>).cancelIdleCallback;
  });

  it("a check started meanwhile takes the hidden parts away and shows only its own results", async () => {
    const user = renderApp();
    runIdle();
    expect(screen.getByTestId("warm-up")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await allShown();
    expect(screen.queryByTestId("warm-up")).toBeNull();
    expect(document.querySelectorAll("[data-rule]")).toHaveLength(3);
  });

  it("the results' parts are rendered once a page, hidden and out of reach, then removed", () => {
    renderApp();
    const buttons = screen.getAllByRole("button").length;
    expect(screen.queryByTestId("warm-up")).toBeNull();
    runIdle();
    const warm = screen.getByTestId("warm-up");
    expect(warm.hidden).toBe(true);
    expect(warm.querySelectorAll("[data-rule]").length).toBeGreaterThan(0);
    expect(screen.getAllByRole("button")).toHaveLength(buttons);
    runIdle();
    expect(screen.queryByTestId("warm-up")).toBeNull();
    // a pane opened again (another document) does not render them again
    cleanup();
    renderApp();
    runIdle();
    expect(screen.queryByTestId("warm-up")).toBeNull();
  });
});
