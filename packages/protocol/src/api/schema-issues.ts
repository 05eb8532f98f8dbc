import { locales, type z } from 'zod/mini';

// zod/mini ships without message texts ("Invalid input" for every issue): a platform answering developers parses with
// zod's English texts, per call rather than by global config.
/** zod's English messages, to pass as `{ error: englishErrors }` to `safeParse`. */
export const englishErrors = locales.en().localeError;

/** One schema issue as an error body lists it: the dotted path and the message. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/** One issue as an error body or a report lists it; an unknown key is named in its path, not only in the message. */
export const issueOf = (i: z.core.$ZodIssue): SchemaIssue => ({
  path: [...i.path, ...(i.code === 'unrecognized_keys' ? i.keys.slice(0, 1) : [])].map(String).join('.'),
  message: i.message,
});
