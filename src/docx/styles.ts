import { child, childVal, childrenNamed, type XmlElement } from "./xml";

/** What a paragraph takes from its paragraph style, the `w:basedOn` chain resolved. */
export interface ParagraphStyle {
  readonly id: string;
  /** The style's name as stored (`w:name`), e.g. "heading 1" or "标题 1". */
  readonly name: string;
  readonly outlineLevel: number | undefined;
  /** The list the style numbers its paragraphs with, from the nearest style in the chain that says. */
  readonly numbering: StyleNumbering | undefined;
  /** True when the style's run properties hide its paragraphs' text (`w:vanish`, see `hidesText`). */
  readonly hidden: boolean;
}

export interface StyleNumbering {
  readonly numId: string;
  readonly ilvl: number | undefined;
  /** The style that states the numbering: Word numbers at the list level linked to it. */
  readonly styleId: string;
}

/** Enough `w:basedOn` links for any real style sheet; a longer chain is a loop. */
const MAX_CHAIN = 32;

/** Reads `w:val` booleans the way Word does: absent or "1", "true", "on" is true. */
export function isOn(value: string | undefined): boolean {
  return value === undefined || value === "1" || value === "true" || value === "on";
}

/**
 * Whether run properties hide their text: `true` or `false` where they say (`<w:vanish/>`, or
 * switched off by `w:val`), undefined where they say nothing. `w:webHidden` (hidden only in Web
 * Layout: Word puts it on a table of contents' page numbers, which print) and `w:specVanish`
 * (a style separator: the paragraph mark stays hidden, the text does not) are printed, so not hidden.
 */
export function vanishState(rPr: XmlElement | undefined): boolean | undefined {
  const vanish = child(rPr, "w:vanish");
  return vanish ? !["0", "false", "off"].includes(vanish.attrs["w:val"] ?? "") : undefined;
}

/** The style sheet (styles.xml); an absent part reads as a sheet without styles. */
export class StyleSheet {
  private readonly byId = new Map<string, XmlElement>();
  private readonly resolved = new Map<string, ParagraphStyle | undefined>();
  private readonly hiding = new Map<string, boolean>();
  private readonly defaultParagraphStyleId: string | undefined;

  constructor(root: XmlElement | undefined) {
    let defaultId: string | undefined;
    for (const style of root ? childrenNamed(root, "w:style") : []) {
      const id = style.attrs["w:styleId"];
      if (id === undefined || this.byId.has(id)) continue;
      this.byId.set(id, style);
      const isParagraph = (style.attrs["w:type"] ?? "paragraph") === "paragraph";
      if (isParagraph && style.attrs["w:default"] !== undefined && isOn(style.attrs["w:default"]))
        defaultId ??= id;
    }
    this.defaultParagraphStyleId = defaultId;
  }

  /**
   * The paragraph style with this id; the default paragraph style when `id` is undefined or
   * names no style, as Word falls back to it.
   */
  paragraphStyle(id: string | undefined): ParagraphStyle | undefined {
    const styleId = id !== undefined && this.byId.has(id) ? id : this.defaultParagraphStyleId;
    if (styleId === undefined) return undefined;
    if (!this.resolved.has(styleId)) this.resolved.set(styleId, this.resolve(styleId));
    return this.resolved.get(styleId);
  }

  /**
   * Whether the style with this id (a character style, as `w:rStyle` names it) hides text: the
   * nearest style of its `w:basedOn` chain that states `w:vanish` decides. No such style hides nothing.
   */
  hidesText(id: string | undefined): boolean {
    if (id === undefined) return false;
    let hides = this.hiding.get(id);
    if (hides === undefined) {
      hides = this.chain(id).reduce<boolean | undefined>(
        (found, style) => found ?? vanishState(child(style, "w:rPr")),
        undefined,
      );
      this.hiding.set(id, (hides ??= false));
    }
    return hides;
  }

  /** The `w:numId` a numbering style (the target of `w:numStyleLink`) states. */
  numberingStyleNumId(id: string): string | undefined {
    return childVal(child(child(this.byId.get(id), "w:pPr"), "w:numPr"), "w:numId");
  }

  private resolve(id: string): ParagraphStyle | undefined {
    const chain = this.chain(id);
    if (chain.length === 0) return undefined;
    const own = chain[0];
    // every field present, so every style has one shape for the code that reads them
    return {
      id,
      name: childVal(own, "w:name") ?? id,
      outlineLevel: outlineLevelOf(chain),
      numbering: numberingOf(chain),
      hidden: this.hidesText(id),
    };
  }

  /** The style and the styles it is based on, nearest first. */
  private chain(id: string): XmlElement[] {
    const chain: XmlElement[] = [];
    for (let next: string | undefined = id; next !== undefined && chain.length < MAX_CHAIN;) {
      const style = this.byId.get(next);
      if (!style || chain.includes(style)) break;
      chain.push(style);
      next = childVal(style, "w:basedOn");
    }
    return chain;
  }
}

/** An explicit `w:outlineLvl` wins; a built-in "heading N" style without one is level N−1. */
function outlineLevelOf(chain: readonly XmlElement[]): number | undefined {
  for (const style of chain) {
    const stated = outlineLevel(childVal(child(style, "w:pPr"), "w:outlineLvl"));
    if (stated !== undefined) return stated === 9 ? undefined : stated;
    const heading = /^heading ([1-9])$/i.exec(childVal(style, "w:name") ?? "");
    if (heading) return Number(heading[1]) - 1;
  }
  return undefined;
}

/** `w:outlineLvl` as a number 0–9 (9 is "body text"), or undefined when absent or invalid. */
export function outlineLevel(value: string | undefined): number | undefined {
  const level = Number(value);
  return value !== undefined && Number.isInteger(level) && level >= 0 && level <= 9 ? level : undefined;
}

function numberingOf(chain: readonly XmlElement[]): StyleNumbering | undefined {
  for (const style of chain) {
    const numPr = child(child(style, "w:pPr"), "w:numPr");
    const numId = childVal(numPr, "w:numId");
    if (numId === undefined) continue;
    const ilvl = listLevel(childVal(numPr, "w:ilvl"));
    return { numId, ilvl, styleId: style.attrs["w:styleId"] };
  }
  return undefined;
}

/** `w:ilvl` as a list level 0–8, or undefined when absent or invalid. */
export function listLevel(value: string | undefined): number | undefined {
  const level = Number(value);
  return value !== undefined && Number.isInteger(level) && level >= 0 && level <= 8 ? level : undefined;
}
