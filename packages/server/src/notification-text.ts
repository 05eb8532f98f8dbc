/** A title or body as stored: Vietnamese, and English when the partner gave it. */
export interface NotificationText { readonly vi: string; readonly en: string | null }

/** The English a host shows (each part falling back to the Vietnamese), or null when the partner sent none. */
export const englishOf = (title: NotificationText, body: NotificationText): { title: string; body: string } | null =>
  title.en === null && body.en === null ? null : { title: title.en ?? title.vi, body: body.en ?? body.vi };

/** `Localizable`'s value as stored. */
export const textOf = (value: string | { vi: string; en?: string | undefined }): NotificationText =>
  typeof value === 'string' ? { vi: value, en: null } : { vi: value.vi, en: value.en ?? null };
