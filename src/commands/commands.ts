/// <reference types="office-js" />
/**
 * The function file behind the right-click command 年报校验：检查并标记: the same read → check →
 * mark as the pane's button, with no UI. The ribbon's 检查我的报告 button opens the pane with
 * `?autocheck=1` instead: without a shared runtime (this add-in has none) a function command
 * cannot open the pane, so it does not try (`showAsTaskpane` needs one, show-hide-add-in.md).
 */
import { readFlatOpc } from "../docx";
import { check, profileOptions } from "../engine";
import { browserStorage, profileStore } from "../taskpane/profile-store";
import { createWordPort, officeCapabilities, officeHost, runCheck } from "../word";

export async function checkReport(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const port = createWordPort(officeHost(readFlatOpc, officeCapabilities()));
    // the clerk's profile, as the pane keeps it (same origin, same storage and document settings)
    const { profile } = profileStore(browserStorage(), Office.context.document.settings).load();
    const checkOptions = profileOptions(profile);
    const run = await runCheck(port, check, Object.keys(checkOptions).length ? { checkOptions } : {});
    // a function command has no UI: a failure goes to the console (F12 in the add-in's webview)
    if (!run.ok) console.error("年报校验", run.reason, run.detail);
    else if (run.value.mark && !run.value.mark.ok)
      console.error("年报校验", run.value.mark.reason, run.value.mark.detail);
  } catch (error) {
    console.error("年报校验", error);
  } finally {
    event.completed(); // without it the command stays busy
  }
}

// at top level, as Microsoft's sample does (create-addin-commands.md); office.js dispatches the
// command once it has seen onReady called
Office.actions.associate("checkReport", checkReport);
void Office.onReady();
