/** The path of the inbox. */
export const INBOX_PATH = '/inbox';

/** True when `pathname` is the inbox (`/inbox`, trailing slash allowed). */
export const isInboxPath = (pathname: string): boolean => pathname.replace(/\/$/, '') === INBOX_PATH;
