/** Chinese digits; ○, Ｏ and O stand for 〇 in years typed by hand. */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  "○": 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads a year written digit by digit in Chinese, "二〇二二" → 2022; null when it is not one. */
export function chineseYear(text: string): number | null {
  if (text.length !== 4) return null;
  let year = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    year = year * 10 + d;
  }
  return year;
}
