#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons (icon-16/32/64/80/128.png): a Word-blue tile with
 * a white table grid and a check mark. Run `node assets/make-icons.js` after changing the
 * drawing; the PNGs are committed, so the build never runs this.
 *
 * A tiny PNG encoder (RGBA, filter 0, zlib from Node) with 4×4 supersampling for anti-aliasing.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [43, 87, 154];
const WHITE = [255, 255, 255];
const GRID = [160, 184, 220];
const GREEN = [16, 124, 16];

/** The colour at a point of the unit square (0..1), or null for transparent. */
function shade(x, y) {
  // check mark: two thick strokes, drawn over everything
  const d1 = distToSegment(x, y, 0.42, 0.66, 0.56, 0.8);
  const d2 = distToSegment(x, y, 0.56, 0.8, 0.86, 0.46);
  if (Math.min(d1, d2) < 0.085) return WHITE;
  if (Math.min(d1, d2) < 0.055 + 0.085) return GREEN;
  // rounded tile
  const r = 0.16;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // the sheet with a 3×3 table
  const inSheet = x > 0.18 && x < 0.82 && y > 0.16 && y < 0.84;
  if (!inSheet) return BLUE;
  const line = 0.035;
  const cols = [0.18, 0.4, 0.61, 0.82];
  const rows = [0.16, 0.38, 0.61, 0.84];
  if (cols.some((c) => Math.abs(x - c) < line) || rows.some((c) => Math.abs(y - c) < line)) return GRID;
  if (y < 0.38) return [222, 232, 246];
  return WHITE;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function draw(size) {
  const ss = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (a) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return encodePng(size, out);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), draw(size));
}
console.log("icons written to", __dirname);
