import type { Migration } from './migration.js';

/**
 * The operator's protected words (docs/security-model.md): a notification from an app that uses one is refused.
 * Seeded with the platform's, the city's and the authorities' names and the account-lock scares; `folded` is the
 * word as compared (`foldForMatching`), computed when a word is added, so these seeds are given folded.
 */
export const protectedWords: Migration = {
  version: 12,
  name: 'protected words',
  statements: [
    `CREATE TABLE protected_words (
      word text NOT NULL,
      folded text PRIMARY KEY,
      added_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO protected_words (word, folded) VALUES
      ('Citadel', 'citadei'), ('Hue-S', 'hue s'), ('UBND', 'ubnd'), ('Ủy ban nhân dân', 'uy ban nhan dan'),
      ('Công an', 'cong an'), ('tài khoản của bạn bị khoá', 'tai khoan cua ban bi khoa'), ('xác minh tài khoản', 'xac minh tai khoan')`,
    // An app the city runs (the operator says so) may use them.
    'ALTER TABLE apps ADD COLUMN official boolean NOT NULL DEFAULT false',
  ],
};
