import type { Queryable } from '../db/database.js';
import { foldForMatching } from './fold.js';

/**
 * The operator's list of protected words: names and phrases only the platform and the city may use (its name, the
 * People's Committee, the police, account-lock scares). A text contains one when, folded (`foldForMatching`), it
 * holds the folded word as whole words, so `UBND` matches `Ubnd:` and `U-B-N-D` does not pass for anything else.
 */
export function createProtectedWords(db: Queryable) {
  return {
    async list(): Promise<string[]> {
      return (await db.query<{ word: string }>('SELECT word FROM protected_words ORDER BY word')).map((r) => r.word);
    },
    /** Adds a word; false when its folded form is already listed, or folds to nothing. */
    async add(word: string): Promise<boolean> {
      const folded = foldForMatching(word);
      if (folded === '') return false;
      return (await db.query('INSERT INTO protected_words (word, folded) VALUES ($1, $2) ON CONFLICT (folded) DO NOTHING RETURNING word', [word.trim(), folded])).length > 0;
    },
    /** Removes the word whose folded form `word` folds to; false when none. */
    async remove(word: string): Promise<boolean> {
      return (await db.query('DELETE FROM protected_words WHERE folded = $1 RETURNING word', [foldForMatching(word)])).length > 0;
    },
    /**
     * The first field (in the order given) whose texts contain a listed word, and that word as the operator wrote it;
     * undefined when none does. One read of the list, whatever the number of fields.
     */
    async findIn<F extends string>(fields: ReadonlyArray<readonly [F, readonly string[]]>): Promise<{ field: F; word: string } | undefined> {
      const rows = await db.query<{ word: string; folded: string }>('SELECT word, folded FROM protected_words ORDER BY word');
      for (const [field, texts] of fields) {
        const folded = texts.map((text) => ` ${foldForMatching(text)} `);
        const hit = rows.find((row) => folded.some((text) => text.includes(` ${row.folded} `)));
        if (hit) return { field, word: hit.word };
      }
      return undefined;
    },
  };
}
