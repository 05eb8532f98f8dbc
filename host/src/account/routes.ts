/** The account screens the host routes to. */
export type AccountRoute = 'profile' | 'signin' | 'signup' | 'sessions' | 'recover' | 'security';

const paths: Record<AccountRoute, string> = {
  profile: '/account',
  signin: '/account/signin',
  signup: '/account/signup',
  sessions: '/account/sessions',
  recover: '/account/recover',
  security: '/account/security',
};

/** The route of `pathname` (`/account`, `/account/signin`…, trailing slash allowed), or `undefined`. */
export function parseAccountPath(pathname: string): AccountRoute | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  return (Object.keys(paths) as AccountRoute[]).find((route) => paths[route] === path);
}

/** The path of an account route. */
export const accountPath = (route: AccountRoute): string => paths[route];

/** The path of the consent center: a page of the account area, drawn by the consent screens. */
export const CONSENTS_PATH = '/account/consents';

/** True when `pathname` is the consent center (trailing slash allowed). */
export const isConsentsPath = (pathname: string): boolean => pathname.replace(/\/$/, '') === CONSENTS_PATH;
