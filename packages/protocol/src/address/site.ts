/**
 * Public suffixes with more than one label that Citadel deployments meet (Vietnam's among them).
 * Without the full Public Suffix List, a site is "the last two labels" except under these,
 * where it is the last three. Over-approximating a site only refuses more apps, never fewer.
 */
const multiLabelSuffixes = new Set([
  'gov.vn', 'com.vn', 'net.vn', 'org.vn', 'edu.vn', 'ac.vn', 'int.vn', 'info.vn', 'name.vn', 'pro.vn', 'health.vn',
  'co.uk', 'org.uk', 'gov.uk', 'ac.uk', 'com.au', 'co.jp', 'com.sg', 'gov.sg',
  'github.io', 'pages.dev', 'netlify.app', 'vercel.app', 'web.app', 'firebaseapp.com',
]);

/** The schemeful site of an origin: scheme plus registrable domain (`http://apps.localhost`). */
export function siteOf(origin: string): string {
  const url = new URL(origin);
  const host = url.hostname;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return `${url.protocol}//${host}`;
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = multiLabelSuffixes.has(lastTwo) ? 3 : 2;
  return `${url.protocol}//${labels.slice(-keep).join('.')}`;
}

/** True when two origins are same-site (the host must refuse to frame such an app). */
export function isSameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
