import { child, type XmlElement, type XmlNode } from "./xml";

/**
 * The elements named in `wanted` among `nodes`, in order, looking through the elements that
 * only wrap content: content controls (`w:sdt`), custom XML (`w:customXml`) and markup
 * compatibility choices (`mc:AlternateContent`: the first choice that holds a wanted element,
 * else the fallback). Works at every level: body blocks, table rows, row cells, cell content.
 */
export function unwrapped(nodes: readonly XmlNode[], wanted: ReadonlySet<string>): XmlElement[] {
  const found: XmlElement[] = [];
  collect(nodes, wanted, found);
  return found;
}

function collect(nodes: readonly XmlNode[], wanted: ReadonlySet<string>, found: XmlElement[]): void {
  for (const node of nodes) {
    if (typeof node === "string") continue;
    if (wanted.has(node.name)) found.push(node);
    else if (node.name === "w:sdt") collect(child(node, "w:sdtContent")?.children ?? [], wanted, found);
    else if (node.name === "w:customXml") collect(node.children, wanted, found);
    else if (node.name === "mc:AlternateContent") {
      const choice = unwrapped(child(node, "mc:Choice")?.children ?? [], wanted);
      found.push(
        ...(choice.length > 0 ? choice : unwrapped(child(node, "mc:Fallback")?.children ?? [], wanted)),
      );
    }
  }
}
