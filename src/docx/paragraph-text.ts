import { child, ownText, type XmlElement, type XmlNode } from "./xml";

/**
 * A paragraph's text as a reader of the final document sees it: tracked insertions in,
 * deletions and moved-away text out, field results in and field codes out; tabs "\t", breaks
 * "\n", non-breaking hyphens "-". Drawings, text boxes, symbols and ruby annotations add
 * nothing. Complex fields are tracked within the paragraph only, so one broken field cannot
 * hide the rest of the document.
 */
export function paragraphText(paragraph: XmlElement): string {
  const text = new TextCollector();
  text.inline(paragraph.children);
  return text.value;
}

/** Elements that only wrap runs: their content counts as the paragraph's own. */
const RUN_WRAPPERS = new Set([
  "w:ins",
  "w:moveTo",
  "w:hyperlink",
  "w:smartTag",
  "w:fldSimple",
  "w:customXml",
  "w:dir",
  "w:bdo",
]);

class TextCollector {
  value = "";
  /** Open complex fields, innermost last: true once past the field's `separate`. */
  private fields: boolean[] = [];
  /** How many open fields are still in their code part; text shows only when none is. */
  private inCode = 0;

  /** Paragraph content: runs and the elements that wrap them. */
  inline(nodes: readonly XmlNode[]): void {
    for (const node of nodes) {
      if (typeof node === "string") continue;
      if (node.name === "w:r") this.run(node.children);
      else if (RUN_WRAPPERS.has(node.name)) this.inline(node.children);
      else if (node.name === "w:sdt") this.inline(child(node, "w:sdtContent")?.children ?? []);
      else if (node.name === "mc:AlternateContent") this.alternative(node, (nodes) => this.inline(nodes));
    }
  }

  /** Run content: text, tabs, breaks and field characters. */
  private run(nodes: readonly XmlNode[]): void {
    for (const node of nodes) {
      if (typeof node === "string") continue;
      switch (node.name) {
        case "w:t":
          if (this.inCode === 0) this.value += ownText(node);
          break;
        case "w:tab":
        case "w:ptab":
          if (this.inCode === 0) this.value += "\t";
          break;
        case "w:br":
        case "w:cr":
          if (this.inCode === 0) this.value += "\n";
          break;
        case "w:noBreakHyphen":
          if (this.inCode === 0) this.value += "-";
          break;
        case "w:fldChar":
          this.fieldChar(node.attrs["w:fldCharType"]);
          break;
        case "w:ruby":
          this.inline(child(node, "w:rubyBase")?.children ?? []);
          break;
        case "mc:AlternateContent":
          this.alternative(node, (nodes) => this.run(nodes));
          break;
      }
    }
  }

  private fieldChar(type: string | undefined): void {
    const last = this.fields.length - 1;
    if (type === "begin") {
      this.fields.push(false);
      this.inCode++;
    } else if (type === "separate" && last >= 0 && !this.fields[last]) {
      this.fields[last] = true;
      this.inCode--;
    } else if (type === "end" && last >= 0) {
      if (!this.fields.pop()) this.inCode--;
    }
  }

  /**
   * Markup compatibility: the first `mc:Choice` is what Word shows, but it holds only what Word
   * 2010+ adds (shapes, new field kinds); when it has no text the `mc:Fallback` carries it.
   */
  private alternative(element: XmlElement, read: (nodes: readonly XmlNode[]) => void): void {
    const { value, fields, inCode } = this;
    this.fields = [...fields];
    read(child(element, "mc:Choice")?.children ?? []);
    if (this.value !== value) return;
    this.fields = fields;
    this.inCode = inCode;
    read(child(element, "mc:Fallback")?.children ?? []);
  }
}
