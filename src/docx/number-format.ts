/**
 * Writes a list counter in one of WordprocessingML's number formats (`w:numFmt`), as Word shows
 * it. Formats the reader does not know, and values a format cannot show, come out as decimal.
 */
export function formatNumber(value: number, numFmt: string): string {
  const decimal = String(value);
  switch (numFmt) {
    case "none":
    case "bullet":
      return "";
    case "decimalZero":
      return value >= 0 && value < 10 ? `0${value}` : decimal;
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return decimal.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosedCircle(value) ?? decimal;
    case "decimalEnclosedFullstop":
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2488 + value - 1) : decimal;
    case "decimalEnclosedParen":
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : decimal;
    case "upperLetter":
      return value >= 1 && value <= MAX_LETTERS ? letters(value) : decimal;
    case "lowerLetter":
      return value >= 1 && value <= MAX_LETTERS ? letters(value).toLowerCase() : decimal;
    case "upperRoman":
      return value >= 1 ? roman(value) : decimal;
    case "lowerRoman":
      return value >= 1 ? roman(value).toLowerCase() : decimal;
    case "chineseCounting":
    case "chineseCountingThousand":
      return counting(value, CHINESE) ?? decimal;
    // LibreOffice writes its Chinese counting lists (一、二、三) as taiwaneseCountingThousand
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return counting(value, TAIWANESE) ?? decimal;
    case "japaneseCounting":
      return counting(value, JAPANESE) ?? decimal;
    case "chineseLegalSimplified":
      return counting(value, LEGAL_SIMPLIFIED) ?? decimal;
    case "ideographLegalTraditional":
      return counting(value, LEGAL_TRADITIONAL) ?? decimal;
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return value >= 0 ? decimal.replace(/\d/g, (d) => IDEOGRAPH_DIGITS[Number(d)]) : decimal;
    case "ideographTraditional":
      return cycle(value, "甲乙丙丁戊己庚辛壬癸") ?? decimal;
    case "ideographZodiac":
      return cycle(value, "子丑寅卯辰巳午未申酉戌亥") ?? decimal;
    default:
      return decimal;
  }
}

const IDEOGRAPH_DIGITS = "〇一二三四五六七八九";

/** ①–⑳, then ㉑–㉟ and ㊱–㊿ from the enclosed CJK block. */
function enclosedCircle(value: number): string | undefined {
  if (value >= 1 && value <= 20) return String.fromCharCode(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCharCode(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCharCode(0x32b1 + value - 36);
  return undefined;
}

/** Word's letter lists stop at 780: the letter Z thirty times. */
const MAX_LETTERS = 780;

/** A, B, … Z, AA, BB, … ZZ, AAA: Word repeats the letter rather than counting in base 26. */
function letters(value: number): string {
  return String.fromCharCode(65 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(value: number): string {
  let rest = Math.min(value, 39999);
  let text = "";
  for (const [amount, numeral] of ROMAN) {
    for (; rest >= amount; rest -= amount) text += numeral;
  }
  return text;
}

function cycle(value: number, symbols: string): string | undefined {
  return value >= 1 && value <= symbols.length ? symbols[value - 1] : undefined;
}

/** How a language counts with ideographs: its digits, units and habits. */
interface CountingSystem {
  /** 0–9. */
  readonly digits: string;
  /** The units for 10, 100, 1000 and 10000. */
  readonly units: readonly [string, string, string, string];
  /** Writes 零 for skipped places (一百零一); Japanese does not (百一). */
  readonly zero: string;
  /** Which places drop a leading "one": Chinese only for 10–19 (十一), Japanese for 十, 百, 千. */
  readonly dropOne: "teens" | "units" | "never";
}

const CHINESE: CountingSystem = {
  digits: IDEOGRAPH_DIGITS,
  units: ["十", "百", "千", "万"],
  zero: "零",
  dropOne: "teens",
};
const TAIWANESE: CountingSystem = { ...CHINESE, units: ["十", "百", "千", "萬"] };
const JAPANESE: CountingSystem = {
  digits: IDEOGRAPH_DIGITS,
  units: ["十", "百", "千", "万"],
  zero: "",
  dropOne: "units",
};
const LEGAL_SIMPLIFIED: CountingSystem = {
  digits: "零壹贰叁肆伍陆柒捌玖",
  units: ["拾", "佰", "仟", "万"],
  zero: "零",
  dropOne: "never",
};

const LEGAL_TRADITIONAL: CountingSystem = {
  digits: "零壹貳參肆伍陸柒捌玖",
  units: ["拾", "佰", "仟", "萬"],
  zero: "零",
  dropOne: "never",
};

/** Counts 1–99 999 999 the way the language says the number; undefined outside that range. */
function counting(value: number, system: CountingSystem): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 99_999_999) return undefined;
  if (value === 0) return system.digits[0];
  const high = Math.floor(value / 10_000);
  const low = value % 10_000;
  let text = "";
  if (high > 0) text = belowTenThousand(high, system) + system.units[3];
  if (low > 0) text += (high > 0 && low < 1000 ? system.zero : "") + belowTenThousand(low, system);
  if (system.dropOne === "teens" && text.startsWith(system.digits[1] + system.units[0])) text = text.slice(1);
  return text;
}

function belowTenThousand(value: number, system: CountingSystem): string {
  let text = "";
  let skipped = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(value / 10 ** place) % 10;
    if (digit === 0) {
      skipped = text !== "";
      continue;
    }
    if (skipped) text += system.zero;
    skipped = false;
    const dropsOne = system.dropOne === "units" && digit === 1 && place > 0;
    text += (dropsOne ? "" : system.digits[digit]) + (place > 0 ? system.units[place - 1] : "");
  }
  return text;
}
