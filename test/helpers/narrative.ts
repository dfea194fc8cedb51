/** Reports with chosen prose, for the rules that read the text. */
import type { DocumentSnapshot, SnapshotBlock } from "../../src/engine";
import { para, report, type ReportOptions } from "./snapshot";

/** The body paragraphs to put under each section heading, replacing the default sentence. */
export type Prose = Partial<Record<"s1" | "s2" | "s3" | "s4" | "s5" | "s6", readonly string[]>>;

/**
 * A clean report whose sections hold the given paragraphs (tables kept). `head` replaces the
 * title, `tail` the signature.
 */
export function reportWith(
  prose: Prose,
  options: ReportOptions & { head?: readonly string[]; tail?: readonly string[] } = {},
): DocumentSnapshot {
  const base = report({
    ...options,
    section: (key, blocks) => {
      const texts = prose[key as keyof Prose];
      const kept = texts ? [blocks[0], ...texts.map((t) => para(t)), ...blocks.slice(2)] : blocks;
      return options.section ? options.section(key, kept) : kept;
    },
  });
  let blocks: SnapshotBlock[] = [...base.blocks];
  if (options.head) blocks = [...options.head.map((t) => para(t)), ...blocks.slice(1)];
  if (options.tail) blocks = [...blocks.slice(0, -2), ...options.tail.map((t) => para(t))];
  return { blocks: blocks.map((b, i) => (b.kind === "paragraph" ? { ...b, ref: { p: i } } : b)) };
}

/** The index of the first paragraph whose text contains `text`, as its `{ p }` ref. */
export function refOf(snapshot: DocumentSnapshot, text: string): { p: number } {
  const i = snapshot.blocks.findIndex((b) => b.kind === "paragraph" && b.text.includes(text));
  if (i < 0) throw new Error(`no paragraph with ${text}`);
  return { p: i };
}
