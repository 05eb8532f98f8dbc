import { errorMessage } from '@citadel/sdk/messages';
import { errorWords, SAME_AS_BRIDGE, SESSION_CODES } from './error-words.js';
import { fill, type Lang } from './format.js';

/** An app's own words for its errors: the name of each field its forms send, and its own refusal codes' sentences. */
export interface ErrorWords {
  /** A field's name by its path in the request body (`description`, `customerCode`), in the citizen's language. */
  readonly fields?: Readonly<Record<string, string>>;
  /** The sentence for one of the app's own codes (`OUT_OF_AREA`, `ALREADY_REVIEWED`), in the citizen's language. */
  readonly codes?: Readonly<Record<string, string>>;
}

/** One refused field as the backend kit's `parse` reports it: its path and rule (zod's issue `code` and bounds). */
interface Issue {
  readonly path?: unknown;
  readonly code?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}

/** The page's language, which `boot` set from the host's (`client.context.lang`); Vietnamese unless it is English. */
const pageLang = (): Lang => (typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'vi');

const own = (table: Readonly<Record<string, string>> | undefined, key: string): string | undefined =>
  table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

/** The first refused field the app has a name for, said with its rule and bound; undefined when it has none. */
function fieldSentence(issues: unknown, fields: Readonly<Record<string, string>> | undefined, lang: Lang): string | undefined {
  if (!Array.isArray(issues)) return undefined;
  const w = errorWords[lang];
  for (const issue of issues as Issue[]) {
    const field = typeof issue?.path === 'string' ? own(fields, issue.path) ?? own(fields, issue.path.split('.')[0]!) : undefined;
    if (field === undefined) continue;
    const text = issue.origin === 'string' ? { too_small: issue.minimum === 1 ? w.fieldEmpty : w.fieldShort, too_big: w.fieldLong }
      : issue.origin === 'number' || issue.origin === 'array' ? { too_small: w.fieldFew, too_big: w.fieldMany } : {};
    const ruled = issue.code === 'too_small' ? text.too_small : issue.code === 'too_big' ? text.too_big : undefined;
    return fill(ruled ?? w.fieldInvalid, { field, min: String(issue.minimum), max: String(issue.maximum) });
  }
  return undefined;
}

/**
 * What to tell the citizen about a failed call, in their language (`lang`, default the page's, which `boot` set from
 * the host's), never a code, a stack or a developer's English: the app's own sentence for its code (`words.codes`);
 * for `INVALID_PARAMS`, the first refused field the app names (`words.fields`) with its rule, such as "Mục “Mô tả”
 * cần ít nhất 10 ký tự."; the kit's sentences for the backend kit's codes (no answer, an ended session, not found,
 * idempotency keys); a bridge code's sentence from `@citadel/sdk/messages`, the host's own; else "something went
 * wrong".
 */
export function describeError(error: unknown, lang: string = pageLang(), words: ErrorWords = {}): string {
  const l: Lang = lang === 'en' ? 'en' : 'vi';
  const e = (error ?? {}) as { code?: unknown; data?: { issues?: unknown } };
  const code = typeof e.code === 'string' ? e.code : 'INTERNAL';
  const mine = own(words.codes, code);
  if (mine !== undefined) return mine;
  if (code === 'INVALID_PARAMS') {
    const field = fieldSentence(e.data?.issues, words.fields, l);
    if (field !== undefined) return field;
  }
  if (SESSION_CODES.has(code)) return errorWords[l].SESSION_INVALID;
  const kit = own(errorWords[l], code);
  return kit ?? errorMessage(SAME_AS_BRIDGE[code] ?? code, l);
}

/**
 * An app's `describeError`: `describeError` with the app's words for the citizen's language, such as
 * `createDescribeError((lang) => ({ fields: { description: stringsFor(lang).description } }))`.
 */
export function createDescribeError(wordsFor: (lang: Lang) => ErrorWords) {
  return (error: unknown, lang: string = pageLang()): string => describeError(error, lang, wordsFor(lang === 'en' ? 'en' : 'vi'));
}
