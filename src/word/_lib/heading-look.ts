/// <reference types="office-js" />
/**
 * The look of a model section heading (its style, paragraph format, font and list), read in one
 * sync and given to a new paragraph, so an inserted heading looks like the clerk's own.
 */
import type { HeadingReadBack } from "./heading-like";

const FORMAT = [
  "alignment",
  "firstLineIndent",
  "leftIndent",
  "lineSpacing",
  "spaceBefore",
  "spaceAfter",
] as const;
type FormatName = (typeof FORMAT)[number];

export interface HeadingLook {
  readonly style: string;
  readonly styleBuiltIn: Word.Paragraph["styleBuiltIn"];
  readonly outlineLevel: number;
  readonly format: Readonly<Partial<Record<FormatName, string | number>>>;
  readonly font: {
    readonly name: string | null;
    readonly size: number | null;
    readonly bold: boolean | null;
  };
  /** The list Word numbers the model in, when it does. */
  readonly list: { readonly id: number; readonly level: number } | null;
}

/**
 * Queues the loads of a model heading's look (no sync); call the result after the sync. The list
 * is loaded only when the read saw a list number (a list load is what fails on some paragraphs,
 * office-js#5335).
 */
export function queueHeadingLook(model: Word.Paragraph, numbered: boolean): () => HeadingLook {
  model.load(["style", "styleBuiltIn", "outlineLevel", ...FORMAT].join(","));
  const font = model.font.load("name,size,bold");
  const item = numbered ? model.listItemOrNullObject.load("level") : null;
  const list = numbered ? model.listOrNullObject.load("id") : null;
  return () => ({
    style: model.style,
    styleBuiltIn: model.styleBuiltIn,
    outlineLevel: model.outlineLevel,
    format: Object.fromEntries(FORMAT.map((n) => [n, model[n]])),
    font: { name: font.name || null, size: font.size ?? null, bold: font.bold ?? null },
    list:
      item && list && !item.isNullObject && !list.isNullObject ? { id: list.id, level: item.level } : null,
  });
}

/** Queues giving `paragraph` the look (no sync): the style first, then what the model has directly. */
export function queueLook(paragraph: Word.Paragraph, look: HeadingLook): void {
  if (look.styleBuiltIn && look.styleBuiltIn !== "Other") paragraph.styleBuiltIn = look.styleBuiltIn;
  else if (look.style) paragraph.style = look.style;
  if (look.outlineLevel >= 1 && look.outlineLevel <= 9) paragraph.outlineLevel = look.outlineLevel;
  const target = paragraph as unknown as Record<FormatName, string | number>;
  for (const n of FORMAT)
    if (look.format[n] !== undefined && look.format[n] !== null) target[n] = look.format[n]!;
  if (look.font.name) paragraph.font.name = look.font.name;
  if (typeof look.font.size === "number") paragraph.font.size = look.font.size;
  if (typeof look.font.bold === "boolean") paragraph.font.bold = look.font.bold;
}

/** Queues the read-back of a heading paragraph (no sync); call the result after the sync. */
export function queueReadBack(paragraph: Word.Paragraph): () => HeadingReadBack {
  paragraph.load("text,isListItem");
  const item = paragraph.listItemOrNullObject.load("listString");
  return () => ({
    text: paragraph.text,
    isListItem: paragraph.isListItem,
    listString: item.isNullObject ? null : item.listString,
  });
}
