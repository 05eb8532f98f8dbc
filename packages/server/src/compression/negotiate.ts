import { CONTENT_ENCODINGS, type ContentEncoding } from './encode.js';

/** A weight as RFC 9110 §12.4.2 writes it: 0 to 1, at most three decimals. */
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The content coding to send a client whose request said `acceptEncoding` (RFC 9110 §12.5.3), of `available` (best
 * first): the one it weighs highest, ours first on a tie; `*` stands for every coding it does not name, and `q=0`
 * refuses one. Undefined, which sends the bytes as they are, when the client names none of them or sent no header
 * (a client that says nothing may not decode them).
 */
export function preferredEncoding(acceptEncoding: string | undefined, available: readonly ContentEncoding[] = CONTENT_ENCODINGS): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const item of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = item.split(';').map((part) => part.trim());
    if (!name) continue;
    const quality = params.map((param) => QUALITY.exec(param.replace(/\s+/g, ''))).find((match) => match !== null);
    weights.set(name === 'x-gzip' ? 'gzip' : name, quality ? Number(quality[1]) : 1);
  }
  let best: ContentEncoding | undefined;
  let bestWeight = 0;
  for (const encoding of available) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}
