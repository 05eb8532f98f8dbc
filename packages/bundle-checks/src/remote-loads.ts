// A string literal in any quotes; a template literal's `${…}` stays in the text.
const STRING = String.raw`(?<q>['"${'`'}])(?<url>(?:(?!\k<q>)[^\\\n]|\\.)*)\k<q>`;
const BEFORE = String.raw`(?<![\w$.])`;

// Each pattern ends at the literal it reads and starts at a fixed word, with no open-ended run
// between them that another match could share: no text makes the search quadratic.
/** What a script loads code from, when a literal names it. */
const scriptLoads: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  { what: 'import()', pattern: new RegExp(String.raw`${BEFORE}import\s*\(\s*${STRING}`, 'g') },
  // `from` followed by a string is only ever the end of an `import` or `export` declaration.
  { what: 'import … from', pattern: new RegExp(String.raw`${BEFORE}(?:from|import)\s*${STRING}`, 'g') },
  { what: 'new Worker()', pattern: new RegExp(String.raw`${BEFORE}new\s+(?:Shared)?Worker\s*\(\s*(?:new\s+URL\s*\(\s*)?${STRING}`, 'g') },
];
const IMPORT_SCRIPTS = new RegExp(String.raw`${BEFORE}importScripts\s*\(`, 'g');
/** One argument of `importScripts(…)`, read from where the last one ended. */
const ARGUMENT = new RegExp(String.raw`\s*${STRING}\s*,?`, 'y');

const ESCAPE = /\\(?:x(?<x>[0-9a-fA-F]{2})|u\{(?<cp>[0-9a-fA-F]{1,6})\}|u(?<u>[0-9a-fA-F]{4})|(?<c>[^]))/g;

/** A string literal's text as the script sees it: `"\u0068ttps:"` is `https:`. */
const unescaped = (literal: string) => literal.replace(ESCAPE, (whole, ...rest) => {
  const { x, cp, u, c } = rest.at(-1) as Record<string, string | undefined>;
  const code = x ?? u ?? cp;
  if (code !== undefined) return parseInt(code, 16) <= 0x10ffff ? String.fromCodePoint(parseInt(code, 16)) : whole;
  return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c!] ?? c!;
});

/** A URL a script or style sheet names, with where it does. */
export interface Load {
  readonly what: string;
  readonly url: string;
  readonly index: number;
}

/**
 * The URLs a script loads code from by literal: `import(…)`, `import … from`, `export … from`,
 * `importScripts(…)` and `new Worker(…)`/`new SharedWorker(…)`. A URL assembled at run time is
 * beyond any static reading.
 */
export function scriptLoadsOf(code: string): Load[] {
  const loads: Load[] = [];
  for (const { what, pattern } of scriptLoads) {
    for (const match of code.matchAll(pattern)) loads.push({ what, url: unescaped(match.groups!.url!), index: match.index });
  }
  for (const match of code.matchAll(IMPORT_SCRIPTS)) {
    const argument = new RegExp(ARGUMENT); // sticky: its own lastIndex
    argument.lastIndex = match.index + match[0].length;
    for (let arg = argument.exec(code); arg; arg = argument.exec(code)) {
      loads.push({ what: 'importScripts()', url: unescaped(arg.groups!.url!), index: match.index });
    }
  }
  return loads;
}

const CSS_IMPORT = /@import\s*(?:url\(\s*(?:(?<q1>['"])(?<quoted>.*?)\k<q1>|(?<bare>[^)'"\s]*))\s*\)|(?<q2>['"])(?<plain>.*?)\k<q2>)/gi;

/** The URLs a style sheet imports other style sheets from (`@import url(…)`, `@import "…"`). */
export function styleImportsOf(css: string): Load[] {
  return [...css.matchAll(CSS_IMPORT)].map((match) => ({
    what: '@import', url: match.groups!.quoted ?? match.groups!.bare ?? match.groups!.plain ?? '', index: match.index,
  }));
}
