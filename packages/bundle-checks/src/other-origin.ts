// Where a bundle's relative URLs resolve: any origin stands for the app's own.
const SELF = new URL('https://bundle.invalid/');
const ABSOLUTE = /^\s*(?:https?:)?[\\/]{2}/i;

/**
 * True when `reference`, as a page or script of the bundle writes it, loads from another
 * origin: `https://cdn.example/x.js`, `//cdn.example/x.js`, and the spellings a URL parser
 * reads the same way (`HTTPS:`, backslashes, surrounding spaces). Read with the WHATWG URL
 * parser, as a browser reads it. Relative paths, `data:` and `blob:` URLs are the app's own.
 */
export function isOtherOrigin(reference: string): boolean {
  let url: URL;
  try {
    url = new URL(reference, SELF);
  } catch {
    return ABSOLUTE.test(reference); // `https://${host}/…` from a template: absolute, whatever it becomes
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== SELF.origin;
}
