import { formatNumber } from "./number-format";
import { isOn, listLevel, type StyleSheet } from "./styles";
import { child, childVal, childrenNamed, type XmlElement } from "./xml";

/** One level of a list definition (`w:lvl`). */
interface ListLevel {
  readonly start: number;
  readonly numFmt: string;
  readonly lvlText: string;
  /** Legal numbering: every number in the text is shown in decimal. */
  readonly isLgl: boolean;
  /** `w:lvlRestart`: restart after this 1-based level; 0 never; absent after any higher level. */
  readonly restartAfter?: number;
  /** The paragraph style linked to this level. */
  readonly pStyle?: string;
}

interface ListDefinition {
  readonly id: string;
  readonly levels: readonly (ListLevel | undefined)[];
  /** `w:numStyleLink`: the definition lives with the numbering style of this id. */
  readonly numStyleLink?: string;
}

interface ListInstance {
  readonly abstractNumId: string;
  /** `w:lvlOverride` by level: a new start value and/or a whole new level. */
  readonly overrides: ReadonlyMap<number, { readonly start?: number; readonly level?: ListLevel }>;
}

const LEVELS = 9;
/** Numbering-style links a real file needs to follow; more is a loop. */
const MAX_LINKS = 4;

/**
 * The document's lists (numbering.xml) and their running counters. Feed it every numbered
 * paragraph in document order and it gives the number text Word shows in front of each.
 *
 * Counters run per list definition (`w:abstractNum`), as in Word: two `w:num` instances of one
 * definition continue one sequence, and an instance with a `w:startOverride` restarts the
 * overridden levels where it is first used.
 */
export class ListNumbering {
  private readonly definitions = new Map<string, ListDefinition>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();

  constructor(
    root: XmlElement | undefined,
    private readonly styles: StyleSheet,
  ) {
    if (!root) return;
    for (const abstractNum of childrenNamed(root, "w:abstractNum")) {
      const id = abstractNum.attrs["w:abstractNumId"];
      if (id === undefined || this.definitions.has(id)) continue;
      const levels: (ListLevel | undefined)[] = [];
      for (const lvl of childrenNamed(abstractNum, "w:lvl")) {
        const ilvl = listLevel(lvl.attrs["w:ilvl"]);
        if (ilvl !== undefined) levels[ilvl] ??= readLevel(lvl);
      }
      const numStyleLink = childVal(abstractNum, "w:numStyleLink");
      this.definitions.set(id, { id, levels, ...(numStyleLink !== undefined && { numStyleLink }) });
    }
    for (const num of childrenNamed(root, "w:num")) {
      const numId = num.attrs["w:numId"];
      const abstractNumId = childVal(num, "w:abstractNumId");
      if (numId === undefined || abstractNumId === undefined || this.instances.has(numId)) continue;
      const overrides = new Map<number, { start?: number; level?: ListLevel }>();
      for (const override of childrenNamed(num, "w:lvlOverride")) {
        const ilvl = listLevel(override.attrs["w:ilvl"]);
        if (ilvl === undefined) continue;
        const start = integer(childVal(override, "w:startOverride"));
        const lvl = child(override, "w:lvl");
        overrides.set(ilvl, { start, level: lvl && readLevel(lvl) });
      }
      this.instances.set(numId, { abstractNumId, overrides });
    }
  }

  /**
   * Counts one paragraph of list `numId` at level `ilvl` and returns the number text Word shows
   * for it (e.g. "二、"), or undefined when the list or the level is not defined. `ilvl`
   * undefined means numbering from a paragraph style: the level linked to `styleId`, else 0.
   */
  next(numId: string, ilvl: number | undefined, styleId: string | undefined): string | undefined {
    const instance = this.instances.get(numId);
    const definition = instance && this.definition(instance.abstractNumId);
    if (!instance || !definition) return undefined;
    const levels: (ListLevel | undefined)[] = [];
    for (let l = 0; l < LEVELS; l++) levels.push(instance.overrides.get(l)?.level ?? definition.levels[l]);
    const at =
      ilvl ??
      Math.max(
        0,
        levels.findIndex((level) => level?.pStyle !== undefined && level.pStyle === styleId),
      );
    const level = levels[at];
    if (!level) return undefined;

    const startOf = (l: number): number => instance.overrides.get(l)?.start ?? levels[l]?.start ?? 0;
    let values = this.counters.get(definition.id);
    if (!values) this.counters.set(definition.id, (values = []));
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [l, override] of instance.overrides) if (override.start !== undefined) values[l] = undefined;
    }
    const current = values[at];
    values[at] = current === undefined ? startOf(at) : current + 1;
    for (let l = at + 1; l < LEVELS; l++) {
      const after = levels[l]?.restartAfter;
      if (at < (after === undefined || after > l ? l : after)) values[l] = undefined;
    }

    if (level.numFmt === "bullet") return isPrivateUse(level.lvlText) ? "•" : level.lvlText;
    return level.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const numFmt = level.isLgl ? "decimal" : (levels[l]?.numFmt ?? "decimal");
      return formatNumber(values[l] ?? startOf(l), numFmt);
    });
  }

  /** The definition with this id, following `w:numStyleLink` to the numbering style's own list. */
  private definition(abstractNumId: string): ListDefinition | undefined {
    let definition = this.definitions.get(abstractNumId);
    for (let links = 0; definition?.numStyleLink !== undefined && links < MAX_LINKS; links++) {
      const numId = this.styles.numberingStyleNumId(definition.numStyleLink);
      const linked = numId === undefined ? undefined : this.instances.get(numId);
      if (!linked) return undefined;
      definition = this.definitions.get(linked.abstractNumId);
    }
    return definition;
  }
}

function readLevel(lvl: XmlElement): ListLevel {
  const restartAfter = integer(childVal(lvl, "w:lvlRestart"));
  const pStyle = childVal(lvl, "w:pStyle");
  const isLgl = child(lvl, "w:isLgl");
  return {
    start: integer(childVal(lvl, "w:start")) ?? 0,
    numFmt: childVal(lvl, "w:numFmt") ?? fallbackNumFmt(lvl) ?? "decimal",
    lvlText: childVal(lvl, "w:lvlText") ?? "",
    isLgl: isLgl !== undefined && isOn(isLgl.attrs["w:val"]),
    ...(restartAfter !== undefined && { restartAfter }),
    ...(pStyle !== undefined && { pStyle }),
  };
}

/** Word 2010 writes custom formats as `mc:AlternateContent` with a standard format as the fallback. */
function fallbackNumFmt(lvl: XmlElement): string | undefined {
  return childVal(child(child(lvl, "mc:AlternateContent"), "mc:Fallback"), "w:numFmt");
}

function integer(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isSafeInteger(n) ? n : undefined;
}

/** Symbol-font bullets are stored as private-use characters that mean nothing as text. */
function isPrivateUse(text: string): boolean {
  return /^[\uE000-\uF8FF]$/.test(text);
}
