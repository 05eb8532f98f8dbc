import { describe, expect, it } from 'vitest';
import { isOtherOrigin } from '../src/other-origin.js';
import { checkRemoteScripts } from '../src/remote-script-check.js';
import { readSources } from '../src/sources.js';
import { bundleFiles } from './zip-fixtures.js';

const check = (files: Record<string, string>) => checkRemoteScripts(readSources(bundleFiles(files)));
/** [file, line, rule, url] of each finding. */
const found = (files: Record<string, string>) =>
  check(files).map((f) => [f.file, f.line, f.rule, /(?:loads|to) (\S+?)(?: \(|: )/.exec(f.message)?.[1]]);

describe('another origin', () => {
  it.each([
    'https://cdn.example.com/a.js', 'http://cdn.example.com/a.js', '//cdn.example.com/a.js', 'HTTPS://CDN.example.com/a.js',
    '  https://cdn.example.com/a.js ', '\\\\cdn.example.com/a.js', 'https:\\\\cdn.example.com/a.js', 'https://${host}/a.js',
  ])('is %j', (url) => expect(isOtherOrigin(url)).toBe(true));

  it.each(['/assets/a.js', 'assets/a.js', './a.js', '../a.js', 'a.js?v=1', '#top', 'data:text/javascript,1', 'blob:https://x/1', ''])('is not %j', (url) => {
    expect(isOtherOrigin(url)).toBe(false);
  });
});

describe('no script from other origins', () => {
  it('refuses scripts, style sheets, module preloads, frames and a base from other origins in HTML, naming file, line and URL', () => {
    // One line of the page each, with the rule and URL its finding names.
    const lines: Array<[string, string, string]> = [
      ['<script src="https://cdn.example.com/lib.js"></script>', '<script src>', 'https://cdn.example.com/lib.js'],
      ['<SCRIPT SRC=//cdn.example.com/unquoted.js></SCRIPT>', '<script src>', '//cdn.example.com/unquoted.js'],
      ['<script src="&#x68;ttps://cdn.example.com/entity.js"></script>', '<script src>', 'https://cdn.example.com/entity.js'],
      ['<link rel="stylesheet" href="https://fonts.example.com/css">', '<link href>', 'https://fonts.example.com/css'],
      ['<link rel="modulepreload" href="https://cdn.example.com/mod.js">', '<link href>', 'https://cdn.example.com/mod.js'],
      ['<link rel="preload" as="script" href="https://cdn.example.com/pre.js">', '<link href>', 'https://cdn.example.com/pre.js'],
      ['<iframe src="https://ads.example.com/"></iframe>', '<iframe src>', 'https://ads.example.com/'],
      ['<template><script src="https://cdn.example.com/later.js"></script></template>', '<script src>', 'https://cdn.example.com/later.js'],
      ['<base href="https://cdn.example.com/">', '<base href>', 'https://cdn.example.com/'],
    ];
    const page = ['<!doctype html>', ...lines.map(([line]) => line)].join('\n');
    expect(found({ 'index.html': page })).toEqual(lines.map(([, rule, url], i) => ['index.html', i + 2, rule, url]));
    expect(check({ 'index.html': page }).every((f) => f.check === 'remote-script' && f.severity === 'error')).toBe(true);
  });

  it('accepts the bundle\'s own files, and links, images and data from elsewhere', () => {
    expect(check({
      'index.html': [
        '<script type="module" crossorigin src="/assets/index-CtCNelrc.js"></script>',
        '<link rel="stylesheet" href="assets/index.css"><link rel="icon" href="/icon.svg">',
        '<link rel="preconnect" href="https://api.example.com"><link rel="preload" as="image" href="https://img.example.com/a.png">',
        '<a href="https://city.example.vn/">City</a><img src="https://img.example.com/a.png">',
        '<script>fetch("https://api.example.com/data")</script>',
      ].join('\n'),
      'assets/index.js': 'import{a}from"./chunk.js";const b=await import("./lazy.js");new Worker(new URL("./w.js",import.meta.url));fetch("https://api.example.com/x");',
      'assets/index.css': '@import "./base.css";body{background:url(https://img.example.com/bg.png)}',
    })).toEqual([]);
  });

  it('refuses imports, importScripts and workers from other origins in scripts, inline ones too', () => {
    const lines: Array<[string, ...Array<[string, string]>]> = [
      ['import{x as y}from"https://esm.example.com/x.js";', ['import … from', 'https://esm.example.com/x.js']],
      ['import "//cdn.example.com/side-effect.js";', ['import … from', '//cdn.example.com/side-effect.js']],
      ["export*from'https://esm.example.com/all.js';", ['import … from', 'https://esm.example.com/all.js']],
      ['const m=await import(`https://esm.example.com/lazy.js`);', ['import()', 'https://esm.example.com/lazy.js']],
      ['importScripts("./local.js", "https://cdn.example.com/worker-lib.js");', ['importScripts()', 'https://cdn.example.com/worker-lib.js']],
      ['new Worker("https://cdn.example.com/w.js");new SharedWorker(new URL("https://cdn.example.com/s.js"));',
        ['new Worker()', 'https://cdn.example.com/w.js'], ['new Worker()', 'https://cdn.example.com/s.js']],
      ['await import("https:\\/\\/cdn.example.com\\u002fescaped.js");', ['import()', 'https://cdn.example.com/escaped.js']],
    ];
    const expected = lines.flatMap(([, ...loads], i) => loads.map(([rule, url]) => ['assets/index.js', i + 1, rule, url]));
    const inline = '<p>\n<script type="module">\nimport("https://cdn.example.com/inline.js")\n</script>';
    const byLine = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1]);
    expect(found({ 'assets/index.js': lines.map(([line]) => line).join('\n'), 'index.html': inline }).sort(byLine)).toEqual([
      ...expected, ['index.html', 3, 'import()', 'https://cdn.example.com/inline.js'],
    ]);
  });

  it('reads hostile scripts in linear time', () => {
    // Each took minutes when a pattern had an open-ended run before its literal (quadratic).
    for (const code of ['import '.repeat(250_000), 'importScripts('.repeat(250_000), "importScripts('".repeat(250_000), 'export{a,'.repeat(250_000)]) {
      const started = performance.now();
      check({ 'a.js': code });
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });

  it('refuses style sheets a style sheet imports from another origin', () => {
    expect(found({ 'assets/a.css': 'body{}\n@import url("https://fonts.example.com/a.css");\n@import url(//fonts.example.com/b.css);\n@import \'https://fonts.example.com/c.css\';' })).toEqual([
      ['assets/a.css', 2, '@import', 'https://fonts.example.com/a.css'],
      ['assets/a.css', 3, '@import', '//fonts.example.com/b.css'],
      ['assets/a.css', 4, '@import', 'https://fonts.example.com/c.css'],
    ]);
  });

  it('refuses a script an SVG image loads from another origin', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n<script xlink:href="https://cdn.example.com/a.js"/>\n<script href="https://cdn.example.com/b.js"/></svg>';
    expect(found({ 'icon.svg': svg }).map(([, , , url]) => url)).toEqual(['https://cdn.example.com/a.js', 'https://cdn.example.com/b.js']);
  });
});
