/**
 * Writes the app's icons (public/favicon.svg and public/icons/*.png) from one
 * drawing: a white lightning bolt on a navy tile. No image tools needed: the PNGs are
 * rasterised here with 4×4 supersampling and encoded with node:zlib.
 * Run with `npx tsx scripts/make-icons.ts`; the output is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [0x1d, 0x3f, 0x8f] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** The bolt, in a unit square (x right, y down). */
const BOLT: ReadonlyArray<readonly [number, number]> = [
  [0.5, 0.08],
  [0.7, 0.08],
  [0.57, 0.4],
  [0.76, 0.4],
  [0.37, 0.93],
  [0.46, 0.53],
  [0.27, 0.53],
];

function insidePolygon(x: number, y: number, poly: ReadonlyArray<readonly [number, number]>) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x: number, y: number, radius: number) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

interface Drawing {
  /** Corner radius of the tile, or null for a full-bleed square (maskable icons). */
  tileRadius: number | null;
  /** Scale of the bolt about the centre (maskable icons keep it inside the safe zone). */
  boltScale: number;
}

function render(size: number, drawing: Drawing): Buffer {
  const samples = 4;
  const bolt = BOLT.map(
    ([x, y]) => [0.5 + (x - 0.5) * drawing.boltScale, 0.5 + (y - 0.5) * drawing.boltScale] as const,
  );
  const rowBytes = size * 4 + 1;
  const raw = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0; // filter type: none
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const onTile =
            drawing.tileRadius === null || insideRoundedSquare(x, y, drawing.tileRadius);
          if (!onTile) continue;
          tile++;
          if (insidePolygon(x, y, bolt)) mark++;
        }
      }
      const n = samples * samples;
      const alpha = tile / n;
      const w = tile === 0 ? 0 : mark / tile;
      const o = py * rowBytes + 1 + px * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(NAVY[c]! * (1 - w) + WHITE[c]! * w);
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg(): string {
  const points = BOLT.map(([x, y]) => `${x * 64},${y * 64}`).join(' ');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="${0.18 * 64}" fill="#1d3f8f"/>`,
    `<polygon points="${points}" fill="#ffffff"/>`,
    '</svg>',
    '',
  ].join('\n');
}

const out = new URL('../public/', import.meta.url);
mkdirSync(new URL('icons/', out), { recursive: true });
writeFileSync(new URL('favicon.svg', out), svg());
const rounded = { tileRadius: 0.18, boltScale: 1 };
writeFileSync(new URL('icons/icon-192.png', out), render(192, rounded));
writeFileSync(new URL('icons/icon-512.png', out), render(512, rounded));
// Maskable: full bleed, the bolt inside the central 80 % safe circle.
writeFileSync(
  new URL('icons/icon-maskable-512.png', out),
  render(512, { tileRadius: null, boltScale: 0.7 }),
);
// iOS ignores transparency and rounds corners itself: full bleed.
writeFileSync(
  new URL('icons/apple-touch-icon.png', out),
  render(180, { tileRadius: null, boltScale: 0.85 }),
);
console.log('wrote public/favicon.svg and public/icons/*.png');
