// `node scripts/precompress.mjs <dir>…`: the last step of the host's and the console's builds. Writes each text
// file's Brotli and gzip forms beside it (scripts/lib/precompress.mjs), which the platform server sends by content
// negotiation.
import { precompress } from './lib/precompress.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node scripts/precompress.mjs <dir>…');
  process.exit(1);
}
const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
for (const dir of dirs) {
  const { files, bytes, br, gzip } = await precompress(dir);
  console.log(`precompressed ${dir}: ${files} text files, ${kib(bytes)} → ${kib(br)} Brotli, ${kib(gzip)} gzip`);
}
