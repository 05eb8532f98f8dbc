// Draws the host's PNG icons (a citadel gate on Huế red) without any image library:
// raw RGBA rows, zlib, CRC32. Run once: `node host/scripts/make-icons.mjs`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, maskable) {
  const rows = [];
  const red = [0xb3, 0x26, 0x1e, 255];
  const gold = [0xff, 0xd5, 0x4f, 255];
  const white = [255, 255, 255, 255];
  const clear = [0, 0, 0, 0];
  const radius = maskable ? 0 : size * 0.22;
  const inside = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const s = maskable ? 0.7 : 0.8; // maskable icons keep the drawing inside the safe zone
  const u = (v) => (0.5 + (v - 0.5) * s) * size;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      let px = inside(x + 0.5, y + 0.5) ? red : clear;
      const X = x + 0.5, Y = y + 0.5;
      // The gate: a wall with three merlons and an arched doorway.
      const wall = X > u(0.2) && X < u(0.8) && Y > u(0.38) && Y < u(0.8);
      const merlon = Y > u(0.26) && Y <= u(0.38) && [0.2, 0.43, 0.66].some((m) => X > u(m) && X < u(m + 0.14));
      const archCx = u(0.5), archTop = u(0.55), archR = (u(0.62) - u(0.38)) / 2;
      const door = X > u(0.38) && X < u(0.62) && Y > archTop && Y < u(0.8) || (X - archCx) ** 2 + (Y - archTop) ** 2 < archR ** 2;
      const sun = (X - u(0.5)) ** 2 + (Y - u(0.16)) ** 2 < (size * 0.05 * s) ** 2;
      if ((wall || merlon) && !door) px = white;
      if (sun) px = gold;
      row.push(...px);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, false));
writeFileSync(new URL('icon-512.png', out), png(512, false));
writeFileSync(new URL('maskable-512.png', out), png(512, true));
console.log('icons written');
