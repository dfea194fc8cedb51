/**
 * review.html: the reviewer's page. Drop a folder of reports, see one row per report, open one,
 * download the summary, the annotated copies and the letters; every file is read and checked in
 * the page's workers and never leaves it. `?lang=en` shows it in English, `?theme=dark` dark.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ReviewApp } from "./ReviewApp";
import { spawnReviewWorker } from "./spawn-review-worker";

const params = new URLSearchParams(window.location.search);
const lang = params.get("lang") === "en" ? "en" : "zh";
document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
createRoot(document.getElementById("container") as HTMLElement).render(
  <FluentProvider theme={params.get("theme") === "dark" ? webDarkTheme : webLightTheme}>
    <ReviewApp lang={lang} spawn={spawnReviewWorker} />
  </FluentProvider>,
);
