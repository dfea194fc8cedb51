/**
 * The demo page's entry: the task pane next to a rendered .docx, with no Word and no office.js.
 * `?lang=en` shows it in English; `?theme=dark` and `?theme=hc` show Office's dark and high-contrast themes;
 * `?pane=320` gives the pane the width of Word's task pane.
 */
import {
  FluentProvider,
  webDarkTheme,
  teamsHighContrastTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { readDocx } from "../docx";
import { check } from "../engine";
import type { CheckFn } from "../word/run-check";
import { spawnCheckWorker } from "../taskpane/worker/spawn-check-worker";
import { workerCheck } from "../taskpane/worker/worker-check";
import { withSimplifier } from "../taskpane/load-simplifier";
import { DemoApp } from "./DemoApp";

const params = new URLSearchParams(window.location.search);
const lang = params.get("lang") === "en" ? "en" : "zh";
const themes = { dark: webDarkTheme, hc: teamsHighContrastTheme } as const;
const theme = themes[params.get("theme") as keyof typeof themes] ?? webLightTheme;
const paneWidth = Number(params.get("pane")) || undefined;
const engine = workerCheck(spawnCheckWorker, withSimplifier(check));
/**
 * The engine (in its worker, as in the pane), timed: each run is a `report-check:check`
 * performance measure, messaging included (read by the e2e test).
 */
const timedCheck: CheckFn = async (snapshot, options) => {
  const start = performance.now();
  try {
    return await engine(snapshot, options);
  } finally {
    performance.measure("report-check:check", { start });
  }
};
createRoot(document.getElementById("container") as HTMLElement).render(
  <FluentProvider theme={theme}>
    <DemoApp readDocx={readDocx} check={timedCheck} lang={lang} paneWidth={paneWidth} />
  </FluentProvider>,
);
