/** The two languages Citadel speaks, as the host's launch context gives them (`client.context.lang`). */
export type Lang = 'vi' | 'en';

/** The locale each language formats in: Vietnamese as written in Vietnam, English as written in Britain (day first). */
export const localeOf = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'vi-VN');
