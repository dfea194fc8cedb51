/// <reference types="office-js" />
/**
 * Inserts a missing section where it belongs: its heading as a paragraph of its own in the look
 * of the report's own section headings (style, paragraph format, font, and the list when Word
 * numbers them), its boilerplate with 【请填写】 placeholders in the format of the report's body
 * text, and for 二/三/四 its zero-filled standard table.
 *
 * Word's documentation is silent on what a new paragraph inherits and on how `attachToList`
 * numbers, so the heading is first written safe, typed "四、…" and out of any list, and read back;
 * where the model is numbered by Word it then joins the model's list and is read back again, and
 * anything but exactly "四、<title>" once puts the typed heading back. Syncs: confirm the place,
 * read the models, write; one more to join the list or tidy what Word left after the table; one
 * more only when Word numbered the heading otherwise.
 */
// from the writer's modules, not its index, which would bring the .docx zip writer into the pane's first load
import { flatOpc, tableTextStyle } from "../docx/write/package";
import { paragraphFormatOf, writerFrom } from "../docx/write/paragraph-model";
import { sectionBlocks } from "../docx/write/report-template";
import { getFormat } from "../template";
import { judgeHeading, typedHeading, type ExpectedHeading, type HeadingVerdict } from "./_lib/heading-like";
import { queueHeadingLook, queueLook, queueReadBack, type HeadingLook } from "./_lib/heading-look";
import {
  confirmPlace,
  queueInsert,
  queueTrailing,
  tidyUp,
  writeOrUndo,
  type Place,
  type Trailing,
} from "./_lib/insert-at";
import type { InsertSectionPlan } from "./plan-repairs";
import { type PortResult, type WriteOutcome } from "./port";
import type { WordRead } from "./read-snapshot";

export async function insertSection(
  context: Word.RequestContext,
  read: WordRead,
  plan: InsertSectionPlan,
  trackChanges: boolean | undefined,
): Promise<PortResult<WriteOutcome>> {
  const model = plan.model;
  const confirmed = await confirmPlace(context, read, plan.anchor, trackChanges, [
    model?.heading,
    model?.body,
  ]);
  if (!confirmed.ok) return confirmed;
  const { place, paragraphs, tracked } = confirmed.value;

  const at = (ref: Readonly<Record<string, unknown>> | null | undefined) =>
    ref && typeof ref.p === "number" ? paragraphs?.items[ref.p] : undefined;
  const headingModel = at(model?.heading);
  const look = headingModel ? queueHeadingLook(headingModel, !!model?.listNumbering) : null;
  const bodyXml = at(model?.body)?.getOoxml();
  if (look || bodyXml) await context.sync();

  const format = getFormat(plan.format);
  const section = format.sections.find((s) => s.key === plan.section)!;
  const writer = writerFrom(null, bodyXml ? paragraphFormatOf(bodyXml.value, false) : null);
  const pkg = (heading: boolean) =>
    flatOpc(
      sectionBlocks(format, plan.section, {
        writer,
        endWithTable: true,
        ...(heading ? {} : { heading: null }),
      }),
      { styles: tableTextStyle() },
    );
  if (!look) {
    // no heading of the report's own to look like: the template's heading, in the package
    const trailing = queueInsert(place, pkg(true));
    if (await writeOrUndo(context, place, { empty: trailing.paragraph }))
      return { ok: true, value: { tracked: tracked(), untidy: true } };
    const untidy = await tidyUp(context, trailing);
    return { ok: true, value: { tracked: tracked(), ...(untidy ? { untidy } : {}) } };
  }
  const expected = { numeral: section.numeral, title: section.title };
  const heading = place.host.insertParagraph(typedHeading(expected), place.location);
  queueLook(heading, look());
  heading.detachFromList(); // whatever the anchor or the style numbered it with: typed only, for now
  const trailing = queueInsert(place, pkg(false), heading, "After");
  const back = queueReadBack(heading);
  if (await writeOrUndo(context, place, { heading, empty: trailing.paragraph }))
    return { ok: true, value: { tracked: tracked(), untidy: true } };
  const untidy = await settleHeading(
    context,
    place,
    heading,
    look(),
    expected,
    judgeHeading(back(), expected),
    trailing,
  );
  return { ok: true, value: { tracked: tracked(), ...(untidy ? { untidy } : {}) } };
}

/** Queues the safe heading: out of any list, the numeral typed (no sync). */
function queueTyped(heading: Word.Paragraph, expected: ExpectedHeading): void {
  heading.detachFromList();
  heading.insertText(typedHeading(expected), "Replace");
}

/**
 * After the write: lets Word number the heading when the model is in a list, tidies what Word
 * left after the content, and falls back to the typed heading whenever the read-back is not
 * exactly "四、<title>" once. True when something could not be put right.
 */
async function settleHeading(
  context: Word.RequestContext,
  place: Place,
  heading: Word.Paragraph,
  look: HeadingLook,
  expected: ExpectedHeading,
  written: HeadingVerdict,
  trailing: Trailing,
): Promise<boolean> {
  const join = look.list && written === "right" ? look.list : null;
  let verdict: HeadingVerdict | "failed" = written;
  const tidying = trailing.action() !== "none";
  if (!join && verdict === "right" && !tidying) return false;
  trailing.queueTidy(); // first: it does not depend on the list
  if (join) {
    heading.attachToList(join.id, join.level); // documented to fail on a list item: it was detached
    heading.insertText(expected.title, "Replace");
  } else if (verdict !== "right") queueTyped(heading, expected);
  let back = queueReadBack(heading);
  try {
    await context.sync();
    verdict = judgeHeading(back(), expected);
  } catch {
    verdict = "failed"; // attachToList refused (or is not in this Word), or the tidying failed
  }
  if (verdict === "right") return false;
  // Word did not number it "四、": the typed heading, and a fresh look at what follows the content
  queueTyped(heading, expected);
  back = queueReadBack(heading);
  const again = queueTrailing(place);
  try {
    await context.sync();
    return judgeHeading(back(), expected) !== "right" || again.action() !== "none";
  } catch {
    return true;
  }
}
