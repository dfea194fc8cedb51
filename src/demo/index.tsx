/**
 * The demo page's entry: the task pane next to a rendered .docx, with no Word and no office.js.
 * `?lang=en` shows it in English.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { readDocx } from "../docx";
import { check } from "../engine";
import { DemoApp } from "./DemoApp";

const lang = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "zh";
createRoot(document.getElementById("container") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <DemoApp readDocx={readDocx} check={check} lang={lang} />
  </FluentProvider>,
);
