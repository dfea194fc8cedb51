/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { fakePort, finding, result } from "./fixtures";

function renderApp() {
  const port = fakePort();
  const check = jest.fn(() => result([finding()]));
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} check={check} />
    </FluentProvider>,
  );
  return { port, check, user: userEvent.setup() };
}

describe("the task pane with the keyboard and a screen reader", () => {
  it("checks on Enter, then moves focus to the result's headline", async () => {
    const { check, user } = renderApp();
    await user.tab();
    expect(document.activeElement?.textContent).toBe("检查我的报告");
    await user.keyboard("{Enter}");
    const headline = await screen.findByRole("heading", { level: 2, name: "1 个错误" });
    expect(check).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.activeElement).toBe(headline));
  });

  it("lists findings under a heading, each button described by its finding", async () => {
    const { port, user } = renderApp();
    await user.click(screen.getByRole("button", { name: "检查我的报告" }));
    await screen.findByRole("heading", { level: 2, name: "1 个错误" });
    const items = screen.getAllByRole("listitem").filter((li) => li.querySelector("[data-rule]"));
    expect(items).toHaveLength(1);
    expect(screen.getAllByRole("heading", { level: 3 }).length).toBeGreaterThan(0);
    const locate = screen.getByRole("button", { name: "定位" });
    expect(locate.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(locate.getAttribute("aria-describedby") as string)?.textContent).toBe(
      finding().message,
    );
    // Space presses 定位 like a click
    locate.focus();
    await user.keyboard(" ");
    await waitFor(() => expect(port.navigate).toHaveBeenCalledTimes(1));
  });
});
