/// <reference types="office-js" />
/**
 * Inserts a missing section where it belongs: its heading in the format of the report's own
 * section headings (copied from one), its boilerplate with 【请填写】 placeholders in the format of
 * the report's body text, and for 二/三/四 its zero-filled standard table. Three syncs: confirm
 * the place, fetch the model paragraphs' OOXML, write.
 */
import {
  flatOpc,
  paragraphFormatOf,
  sectionBlocks,
  sectionHeading,
  tableTextStyle,
  writerFrom,
} from "../docx/write";
import { getFormat } from "../template";
import { confirmPlace, queueInsert } from "./_lib/insert-at";
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
  const headingXml = at(model?.heading)?.getOoxml();
  const bodyXml = at(model?.body)?.getOoxml();
  if (headingXml || bodyXml) await context.sync();

  const format = getFormat(plan.format);
  const numbered = !!model?.listNumbering;
  const writer = writerFrom(
    headingXml ? paragraphFormatOf(headingXml.value, numbered) : null,
    bodyXml ? paragraphFormatOf(bodyXml.value, false) : null,
  );
  const section = format.sections.find((s) => s.key === plan.section)!;
  // a heading Word numbers itself gets the title only; the list supplies "四、"
  const heading = numbered && headingXml ? section.title : sectionHeading(format, plan.section);
  queueInsert(
    place,
    flatOpc(sectionBlocks(format, plan.section, { writer, heading }), { styles: tableTextStyle() }),
  );
  await context.sync();
  return { ok: true, value: { tracked: tracked() } };
}
