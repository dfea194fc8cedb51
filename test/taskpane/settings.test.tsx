/** @jest-environment jsdom */
/** 规则设置: rules off, severities, a profile file, kept per user or per document. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { memorySettings, PROFILE_SETTING, profileStore } from "../../src/taskpane/profile-store";
import { fakePort, finding, result } from "./fixtures";

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
    removeItem: (k: string) => void values.delete(k),
  };
}

function setup() {
  const user = memoryStorage();
  const document = memorySettings();
  const profiles = profileStore(user, document);
  const check = jest.fn(() => result([finding()]));
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={fakePort()} check={check} profiles={profiles} />
    </FluentProvider>,
  );
  return { user, document, profiles, check, ui: userEvent.setup() };
}

describe("the profile store", () => {
  it("prefers the document's profile to the user's and ignores what is not a profile", async () => {
    const user = memoryStorage();
    const document = memorySettings();
    const store = profileStore(user, document);
    expect(store.load()).toEqual({ profile: null, scope: null });
    user.setItem(PROFILE_SETTING, "{not json");
    expect(store.load().profile).toBeNull();
    await store.save({ name: "用户", rules: {} }, "user");
    expect(store.load()).toEqual({ profile: { name: "用户", rules: {} }, scope: "user" });
    await store.save({ name: "本文档", rules: { "cell-blank": { off: true } } }, "document");
    expect(store.load().scope).toBe("document");
    document.set(PROFILE_SETTING, { name: "坏", rules: { "no-such-rule": {} } });
    expect(store.load()).toEqual({ profile: { name: "用户", rules: {} }, scope: "user" });
  });
});

describe("规则设置", () => {
  it("turns a rule off and changes a severity, remembers both for the user and checks with them", async () => {
    const { user, check, ui } = setup();
    await ui.click(screen.getByRole("button", { name: "检查我的报告" }));
    await screen.findByTestId("counts");
    await ui.click(screen.getByRole("button", { name: "规则设置" }));
    const settings = await screen.findByTestId("settings");
    expect(within(settings).getAllByRole("switch").length).toBeGreaterThan(20);
    expect(within(settings).getByText("表格中的数值单元格不应留空；没有发生的事项应填 0。")).toBeTruthy();
    const copied = settings.querySelector("[data-setting=copied-text]") as HTMLElement;
    await ui.click(within(copied).getByRole("switch"));
    await waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    expect((check.mock.calls[1] as unknown[])[1]).toMatchObject({
      rules: expect.not.arrayContaining(["copied-text"]),
    });
    await ui.selectOptions(screen.getByRole("combobox", { name: "“cell-blank”的严重程度" }), "error");
    await waitFor(() => expect(check).toHaveBeenCalledTimes(3));
    expect((check.mock.calls[2] as unknown[])[1]).toMatchObject({ severities: { "cell-blank": "error" } });
    expect(JSON.parse(user.getItem(PROFILE_SETTING) as string)).toEqual({
      name: "自定义",
      rules: { "copied-text": { off: true }, "cell-blank": { severity: "error" } },
    });
    expect(screen.getByTestId("active-profile").textContent).toBe("当前配置：自定义（本机所有报告）");
    await ui.click(screen.getByRole("button", { name: "恢复默认" }));
    await waitFor(() => expect(user.getItem(PROFILE_SETTING)).toBeNull());
  });

  it("loads a profile file, refuses a bad one in Chinese, and keeps one for this document only", async () => {
    const { document, ui } = setup();
    await ui.click(screen.getByRole("button", { name: "规则设置" }));
    const input = screen.getByTestId("profile-file") as HTMLInputElement;
    await ui.upload(
      input,
      new File(['{"name":"x","rules":{"cell-blank":{"severity":"fatal"}}}'], "bad.json"),
    );
    expect(
      await screen.findByText(/无法使用“bad.json”：规则“cell-blank”的 severity 应是 error/),
    ).toBeTruthy();
    await ui.upload(
      input,
      new File(['{"name":"某市口径","rules":{"copied-text":{"off":true}}}'], "city.json"),
    );
    await waitFor(() =>
      expect(screen.getByTestId("active-profile").textContent).toBe("当前配置：某市口径（本机所有报告）"),
    );
    expect(screen.queryByRole("alert")).toBeNull();
    const copied = (await screen.findByTestId("settings")).querySelector(
      "[data-setting=copied-text]",
    ) as HTMLElement;
    expect((within(copied).getByRole("switch") as HTMLInputElement).checked).toBe(false);
    await ui.click(screen.getByRole("checkbox", { name: "只用于本文档" }));
    await waitFor(() =>
      expect(screen.getByTestId("active-profile").textContent).toBe("当前配置：某市口径（只用于本文档）"),
    );
    expect(document.get(PROFILE_SETTING)).toEqual({
      name: "某市口径",
      rules: { "copied-text": { off: true } },
    });
  });
});
