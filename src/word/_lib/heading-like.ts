/**
 * Whether an inserted section heading reads as the clerk's own headings do: "四、<title>" exactly
 * once, numbered either by Word's list or by typed text, never both and never with another
 * numeral. Pure: the adapter reads the new paragraph back and asks this what to do next.
 */

/** What Word says about the new heading paragraph after the write. */
export interface HeadingReadBack {
  readonly text: string;
  readonly isListItem: boolean;
  /** The list number Word shows (`listItem.listString`), or null for none. */
  readonly listString: string | null;
}

/** The heading the format asks for: numeral ("四") and official title. */
export interface ExpectedHeading {
  readonly numeral: string;
  readonly title: string;
}

export type HeadingVerdict =
  | "right" // reads "四、<title>" once
  | "double" // Word's "四、" and a typed "四、" together
  | "misnumbered" // Word numbered it otherwise ("4.", "五、", "（四）") or it has no number
  | "changed"; // the title is not what was written

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");
/** A leading numeral as a heading is numbered: "四、", "4.", "（四）", "第四". */
const NUMBERED =
  /^(?:[（(]?[一二三四五六七八九十\d]+[）)]?[、.．,，]?|第[一二三四五六七八九十]+[部分]*[、.．]?)/;

/** Judges a read-back heading against the expected one. */
export function judgeHeading(read: HeadingReadBack, expected: ExpectedHeading): HeadingVerdict {
  const numeral = `${expected.numeral}、`;
  const title = squeeze(expected.title);
  const text = squeeze(read.text);
  const list = read.isListItem ? squeeze(read.listString ?? "") : "";
  const typed = text.startsWith(numeral) ? text.slice(numeral.length) : null;
  if (list && typed !== null) return "double";
  if (list) {
    if (text !== title) return NUMBERED.test(text) && text.endsWith(title) ? "double" : "changed";
    return list === numeral ? "right" : "misnumbered";
  }
  if (typed === null) return text.endsWith(title) ? "misnumbered" : "changed";
  return typed === title ? "right" : "changed";
}

/** The typed heading a detached paragraph gets when Word's numbering cannot be relied on. */
export const typedHeading = (expected: ExpectedHeading): string => `${expected.numeral}、${expected.title}`;
