import type { LocalizedText } from '@citadel/protocol';
import { foldForMatching } from '../branding/fold.js';

/** The names of an app as compared for look-alikes: its id and both names, folded (`foldForMatching`). */
export function foldedNames(id: string, name: LocalizedText): string[] {
  return [...new Set([id, name.vi, name.en].map(foldForMatching).filter((folded) => folded !== ''))];
}

/** Why an app's names may not be used: they read as another app's, or hold a protected word. */
export type NameClash =
  | { readonly kind: 'app'; readonly appId: string; readonly name: string }
  | { readonly kind: 'protected-word'; readonly word: string; readonly name: string };

/**
 * The first clash of `candidate`'s names, after Unicode NFKC and confusable folding, with another app's names
 * (`kitchen-s1nk` reads as `kitchen-sink`; a Cyrillic `С` as a Latin `C`) or with a protected word standing as a
 * whole word in one of them ("Hue-S", "UBND"); undefined when there is none.
 */
export function findNameClash(
  candidate: { id: string; name: LocalizedText },
  others: ReadonlyArray<{ id: string; folded: readonly string[] }>,
  protectedWords: ReadonlyArray<{ word: string; folded: string }>,
): NameClash | undefined {
  const names = [candidate.id, candidate.name.vi, candidate.name.en];
  for (const name of names) {
    const folded = foldForMatching(name);
    if (folded === '') continue;
    const other = others.find((app) => app.id !== candidate.id && app.folded.includes(folded));
    if (other) return { kind: 'app', appId: other.id, name };
    const padded = ` ${folded} `;
    const word = protectedWords.find((w) => padded.includes(` ${w.folded} `));
    if (word) return { kind: 'protected-word', word: word.word, name };
  }
  return undefined;
}
