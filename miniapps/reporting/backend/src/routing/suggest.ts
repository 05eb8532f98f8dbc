import { findAgency, type Category, type KeywordModel } from './keyword-model.js';
import { fold } from './normalize.js';

/** A keyword found in the description, as written in the model, and where it points. */
export interface MatchedWord {
  readonly keyword: string;
  readonly category: Category;
  readonly agency: string;
}

/** The model's suggestion for a description: a category, a receiving agency, and why. */
export interface Suggestion {
  readonly category: Category;
  readonly agency: string;
  /** Every keyword that matched, best agency's first. Empty when nothing matched (the fallback). */
  readonly matched: readonly MatchedWord[];
}

/**
 * Suggests where a report goes. Each keyword that occurs in `text` as whole words (accents and
 * case ignored) scores its agency one point per word in it, so "đèn đường" outweighs "đèn". The
 * highest score wins; ties go to the model's order. With `within`, only that category's agencies
 * compete and, when none matched, its first agency is the default. Pure: runs in the browser too.
 */
export function suggest(model: KeywordModel, text: string, within?: Category): Suggestion {
  const haystack = fold(text);
  const matched: MatchedWord[] = [];
  const scores = new Map<string, number>();
  for (const c of model.categories) {
    if (within !== undefined && c.id !== within) continue;
    for (const a of c.agencies) {
      for (const keyword of a.keywords) {
        const needle = fold(keyword);
        if (needle.trim() === '' || !haystack.includes(needle)) continue;
        matched.push({ keyword, category: c.id, agency: a.id });
        scores.set(a.id, (scores.get(a.id) ?? 0) + needle.trim().split(' ').length);
      }
    }
  }
  let best: string | undefined;
  for (const [agency, score] of scores) if (best === undefined || score > scores.get(best)!) best = agency;
  if (best !== undefined) {
    const category = findAgency(model, best)!.category;
    return { category, agency: best, matched: [...matched.filter((m) => m.agency === best), ...matched.filter((m) => m.agency !== best)] };
  }
  if (within !== undefined) {
    const first = model.categories.find((c) => c.id === within)?.agencies[0];
    if (first) return { category: within, agency: first.id, matched: [] };
  }
  return { category: model.fallback.category, agency: model.fallback.agency, matched: [] };
}
