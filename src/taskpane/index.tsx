/// <reference types="office-js" />
/**
 * The task pane's entry: waits for Office, picks language and theme from Office, wires the Word
 * port to the app. The only pane file that touches `Office`.
 */
import {
  FluentProvider,
  webDarkTheme,
  teamsHighContrastTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { readFlatOpc } from "../docx/read-flat-opc";
import { check } from "../engine";
import { createWordPort, officeCapabilities, officeHost } from "../word";
import { App } from "./components/App";
import { browserStorage, profileStore } from "./profile-store";
import { langOf } from "./strings";
import { NotInWord } from "./components/NotInWord";
import { spawnCheckWorker } from "./worker/spawn-check-worker";
import { workerCheck } from "./worker/worker-check";
import { withSimplifier } from "./load-simplifier";
import { readLastYearsDocx } from "./load-docx-reader";

/** The 自查单 opens as a new Word document (WordApi 1.3 createDocument), for the clerk to print or save. */
async function openInWord(docx: Uint8Array): Promise<void> {
  let binary = "";
  for (let i = 0; i < docx.length; i += 0x8000)
    binary += String.fromCharCode(...docx.subarray(i, i + 0x8000));
  await Word.run(async (context) => {
    context.application.createDocument(btoa(binary)).open();
    await context.sync();
  });
}

/** Office's theme is dark when its body background is. */
function isDark(): boolean {
  const hex = Office.context.officeTheme?.bodyBackgroundColor?.replace("#", "");
  if (!hex || hex.length !== 6) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/**
 * Windows high contrast. Office.js has no flag for it (its White theme also has a white body and
 * black text), but the pane's WebView2 reports forced colours. Fluent v9 has no
 * webHighContrastTheme; teamsHighContrastTheme is its high-contrast theme.
 */
function isHighContrast(): boolean {
  return window.matchMedia?.("(forced-colors: active)").matches ?? false;
}

Office.onReady((info) => {
  const root = createRoot(document.getElementById("container") as HTMLElement);
  const lang = langOf(Office.context?.displayLanguage);
  const theme =
    info.host && isHighContrast()
      ? teamsHighContrastTheme
      : info.host && isDark()
        ? webDarkTheme
        : webLightTheme;
  if (info.host !== Office.HostType.Word) {
    root.render(
      <FluentProvider theme={theme}>
        <NotInWord lang={lang} />
      </FluentProvider>,
    );
    return;
  }
  const port = createWordPort(officeHost(readFlatOpc, officeCapabilities()));
  const autoStart = new URLSearchParams(window.location.search).get("autocheck") === "1";
  root.render(
    <FluentProvider theme={theme}>
      <App
        port={port}
        check={workerCheck(spawnCheckWorker, withSimplifier(check))}
        lang={lang}
        autoStart={autoStart}
        readDocx={readLastYearsDocx}
        profiles={profileStore(browserStorage(), Office.context.document.settings)}
        onSheet={openInWord}
      />
    </FluentProvider>,
  );
});
