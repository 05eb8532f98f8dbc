/** The path of the consent center. */
export const CONSENTS_PATH = '/account/consents';

/** True when `pathname` is the consent center (trailing slash allowed). */
export const isConsentsPath = (pathname: string): boolean => pathname.replace(/\/$/, '') === CONSENTS_PATH;
