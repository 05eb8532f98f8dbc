import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Script text a page holds inline: a `<script>` body or an `on…` handler attribute. */
export interface InlineScript {
  readonly text: string;
  /** The line of the page the text starts on, from 1. */
  readonly line: number;
}

/** A URL a page loads code, styles or frames from, or resolves every relative URL against (`<base>`). */
export interface MarkupReference {
  /** The element and attribute, `<script src>`. */
  readonly what: string;
  readonly url: string;
  readonly line: number;
}

const LINK_RELS = new Set(['stylesheet', 'modulepreload', 'import']);
const PRELOADED = new Set(['script', 'style', 'worker']);

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name);

/** The attributes of `element` that load something, by the element's name. */
function loadingAttributes(element: Element): string[] {
  switch (element.tagName) {
    // In SVG, a script's URL is `href` or `xlink:href` (parse5 names both `href`).
    case 'script': return ['src', 'href'];
    case 'iframe': case 'frame': case 'embed': return ['src'];
    case 'object': return ['data'];
    case 'base': return ['href'];
    case 'link': {
      const rels = (attr(element, 'rel')?.value ?? '').toLowerCase().split(/\s+/);
      const as = (attr(element, 'as')?.value ?? '').toLowerCase();
      return rels.some((rel) => LINK_RELS.has(rel)) || (rels.includes('preload') && PRELOADED.has(as)) ? ['href'] : [];
    }
    default: return [];
  }
}

const childrenOf = (node: Node): Node[] => [
  ...('childNodes' in node ? node.childNodes : []),
  ...(node.nodeName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : []),
];

/**
 * The inline scripts of an HTML page or SVG image and the URLs it loads from, parsed by parse5
 * as a browser parses them: attribute values with entities (`&#x68;ttps:`), unquoted or split
 * across lines, upper-case tags, and `<template>` contents are all read as the browser would.
 */
export function readMarkup(text: string): { scripts: InlineScript[]; references: MarkupReference[] } {
  const scripts: InlineScript[] = [];
  const references: MarkupReference[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const location = node.sourceCodeLocation;
      const lineOf = (name: string) => location?.attrs?.[name]?.startLine ?? location?.startLine ?? 1;
      for (const name of loadingAttributes(node)) {
        const value = attr(node, name)?.value;
        if (value !== undefined) references.push({ what: `<${node.tagName} ${name}>`, url: value, line: lineOf(name) });
      }
      for (const a of node.attrs) {
        if (a.name.startsWith('on')) scripts.push({ text: a.value, line: lineOf(a.name) });
      }
      if (node.tagName === 'script') {
        for (const child of node.childNodes) {
          if ('value' in child) scripts.push({ text: child.value, line: child.sourceCodeLocation?.startLine ?? 1 });
        }
      }
    }
    childrenOf(node).forEach(visit);
  };
  visit(parse(text, { sourceCodeLocationInfo: true }));
  return { scripts, references };
}
