/**
 * UTF-8 by hand, for the scanner's short slices: TextDecoder costs a call into the runtime per
 * slice, which on a name or a run's text is more than the decoding, and the task pane's test
 * environment has neither TextDecoder nor TextEncoder.
 */

/** The code units decoded so far; grown when a slice needs more. */
let units = new Uint16Array(1024);
/** String.fromCharCode takes its code units as arguments: a long text is made in chunks. */
const CHUNK = 8192;

/**
 * The text of `bytes[from..to)`, exactly as TextDecoder("utf-8") decodes it: each maximal
 * subpart of an ill-formed sequence becomes one U+FFFD, as the Encoding Standard says.
 */
export function decodeUtf8(bytes: Uint8Array, from: number, to: number): string {
  if (to - from > units.length) units = new Uint16Array(to - from);
  let n = 0;
  let at = from;
  while (at < to) {
    const lead = bytes[at++];
    if (lead < 0x80) {
      units[n++] = lead;
      continue;
    }
    let needed: number;
    let point: number;
    // the second byte's range narrows for the leads that could otherwise spell an overlong
    // form, a surrogate or a point past U+10FFFF
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
      point = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      point = lead & 0x0f;
      if (lead === 0xe0) lower = 0xa0;
      else if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      point = lead & 0x07;
      if (lead === 0xf0) lower = 0x90;
      else if (lead === 0xf4) upper = 0x8f;
    } else {
      units[n++] = 0xfffd;
      continue;
    }
    for (; needed > 0; needed--) {
      const next = at < to ? bytes[at] : -1;
      // a byte out of range ends the sequence and is read again as the start of the next
      if (next < lower || next > upper) break;
      point = (point << 6) | (next & 0x3f);
      lower = 0x80;
      upper = 0xbf;
      at++;
    }
    if (needed > 0) units[n++] = 0xfffd;
    else if (point < 0x10000) units[n++] = point;
    else {
      units[n++] = 0xd7c0 + (point >> 10);
      units[n++] = 0xdc00 + (point & 0x3ff);
    }
  }
  return fromUnits(n);
}

function fromUnits(n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let text = "";
  for (let at = 0; at < n; at += CHUNK)
    text += String.fromCharCode.apply(
      null,
      units.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[],
    );
  return text;
}

/**
 * The UTF-8 bytes of `text`, as TextEncoder makes them: a lone surrogate (which no decoded file
 * holds, but a string from Word could) becomes U+FFFD.
 */
export function encodeUtf8(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let point = text.charCodeAt(i);
    if (point < 0x80) {
      bytes[n++] = point;
      continue;
    }
    if (point >= 0xd800 && point <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (point <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        point = 0x10000 + ((point - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else point = 0xfffd;
    }
    if (point < 0x800) {
      bytes[n++] = 0xc0 | (point >> 6);
    } else if (point < 0x10000) {
      bytes[n++] = 0xe0 | (point >> 12);
      bytes[n++] = 0x80 | ((point >> 6) & 0x3f);
    } else {
      bytes[n++] = 0xf0 | (point >> 18);
      bytes[n++] = 0x80 | ((point >> 12) & 0x3f);
      bytes[n++] = 0x80 | ((point >> 6) & 0x3f);
    }
    bytes[n++] = 0x80 | (point & 0x3f);
  }
  return bytes.subarray(0, n);
}
