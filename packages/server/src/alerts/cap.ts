import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';
import * as z from 'zod/mini';
import { circleToRing, MAX_CIRCLE_RADIUS_KM } from './circle.js';
import { AlertDraft, AREA_LIMITS, type AlertArea, type AlertCategory, type AlertText, type Severity } from './draft.js';

/** The largest CAP file `parseCapAlert` reads, in UTF-8 bytes: 256 KiB. Real alerts are a few KiB. */
export const MAX_CAP_BYTES = 256 * 1024;

/** The XML namespace of CAP 1.2 (OASIS CAP 1.2, section 3.3.1). */
export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

/** One reason a CAP file cannot be published: `path` reads like `info[0].area[1].polygon[0]` ('' for the whole file). */
export type CapIssue = { path: string; message: string };

/**
 * What `parseCapAlert` returns: a draft ready to publish (an `Update` also names, in `references`,
 * the earlier alerts it replaces), a cancellation of earlier alerts, or every issue found.
 * References are alert identifiers as drafts have them, `${sender}/${identifier}`.
 */
export type CapParseResult =
  | { ok: true; kind: 'publish'; draft: AlertDraft; references: string[] }
  | { ok: true; kind: 'cancel'; references: string[] }
  | { ok: false; issues: CapIssue[] };

// Mirrors the AlertText limits in draft.ts, so an issue can name the CAP element; AlertDraft stays the authority.
const TEXT_LIMITS = { headline: 200, description: 4000, instruction: 2000 } as const;
const WARD_NAME_LIMIT = 80;
const DESCRIPTION_LIMIT = 500;
const CIRCLE_POINTS = 32;
const CAP_SEVERITIES: Record<string, Severity> = { Extreme: 'extreme', Severe: 'severe', Moderate: 'moderate', Minor: 'minor' };
const Instant = z.iso.datetime({ offset: true });
// Whole words only: "lũ" (flood) must not match "lũy" (rampart).
const FLOOD_WORDS = /(?<![\p{L}\p{M}])(?:flood|(?:lũ|lụt|ngập)(?![\p{L}\p{M}]))/u;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

type Element = Record<string, unknown>;
type Info = { index: number; node: Element };
type Texts = { headline: string; description: string; instruction?: string };

/**
 * Reads one OASIS CAP 1.2 XML alert into an `AlertDraft`. Never throws: anything unpublishable comes back as issues.
 *
 * Refused outright: more than `MAX_CAP_BYTES` (256 KiB), any `<!DOCTYPE` or `<!ENTITY` (even inside CDATA or comments;
 * CAP needs neither, and they carry entity-expansion attacks), XML that is not well-formed, a root other than `<alert>`
 * in the CAP 1.2 namespace (any prefix; namespace declarations are read from the root element). Published: `status`
 * Actual, `msgType` Alert or Update, `scope` Public; `severity` Extreme, Severe, Moderate or Minor (lowercased).
 *
 * - `identifier` is `${sender}/${identifier}`; `sender` is the first `<info>`'s `<senderName>`, else `<sender>`.
 * - Vietnamese text comes from the first `<info>` whose `<language>` is `vi` or `vi-*`, English from the first `en`/`en-*`
 *   (CAP's default language is `en-US`); with English only, it is used for `vi` too. Other languages are ignored.
 *   A missing Vietnamese `<instruction>` falls back to the English one.
 * - Severity, category, `expires` and areas come from the primary block: the Vietnamese one, else the English one.
 * - Category, the first rule that matches: the `<event>` or any `<category>` contains a flood word (`flood…`, `lũ`,
 *   `lụt`, `ngập`, whole words, case-insensitive) → `flood`; a category `Met` → `weather`; `Security`, `Safety` or
 *   `Rescue` → `security`; `Health` → `health`; otherwise `policy`.
 * - `sent` and `expires` (required) are ISO 8601 date-times with an offset, kept as written; `expires` must be later.
 * - Areas: `<areaDesc>`s (deduplicated) joined with `; `, cut at a word to 500 characters; each `<polygon>` becomes a
 *   ring of `[lat, lon]`; each `<circle>` a closed 32-vertex ring (`circleToRing`); each `<geocode>` whose `<valueName>`
 *   is `ward` (any case) a ward name (deduplicated). An `<area>` whose only target is one of `options.cityGeocodes`
 *   (a `<geocode>` naming the whole city, such as `ISO3166-2` `VN-26`) and no ward, polygon or circle targets the
 *   whole city (`wholeCity: true`); beside a ward, polygon or circle such a geocode only says where they are. `AREA_LIMITS` apply.
 *
 * @param xml the CAP document as text
 * @param options.cityGeocodes the geocodes that mean the whole city (`valueName` and `value`, any case); default none
 */
export function parseCapAlert(xml: string, options: { cityGeocodes?: ReadonlyArray<{ valueName: string; value: string }> } = {}): CapParseResult {
  try {
    return parseDocument(xml, options.cityGeocodes ?? []);
  } catch (error) {
    // The parser throws on some hostile input (e.g. an element named __proto__); a caller still gets issues.
    return refuse('', `could not read the XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type CityGeocodes = ReadonlyArray<{ valueName: string; value: string }>;

function parseDocument(xml: string, cityGeocodes: CityGeocodes): CapParseResult {
  if (typeof xml !== 'string') return refuse('', 'expected the CAP file as a string');
  // A UTF-16 code unit is at least one UTF-8 byte, so a long string is refused without counting.
  if (xml.length > MAX_CAP_BYTES || Buffer.byteLength(xml, 'utf8') > MAX_CAP_BYTES) {
    return refuse('', `the file is larger than MAX_CAP_BYTES (${MAX_CAP_BYTES} bytes, 256 KiB)`);
  }
  if (/<!(?:DOCTYPE|ENTITY)/i.test(xml)) return refuse('', '<!DOCTYPE> and <!ENTITY> are refused: a CAP alert needs none');
  // XMLValidator is deprecated upstream in favour of the separate fast-xml-validator package, not a dependency here.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return refuse('', `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col ?? 1})`);

  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: 20,
    entityDecoder: createXmlEntityDecoder(),
  });
  const document: unknown = parser.parse(xml);
  const roots = isElement(document) ? Object.keys(document).filter((key) => !key.startsWith('#')) : [];
  const rootName = roots[0];
  if (roots.length !== 1 || rootName === undefined) return refuse('', 'expected exactly one root element, <alert>');
  const [prefix, local] = splitName(rootName);
  if (local !== 'alert') return refuse('', `the root element is <${rootName}>; a CAP alert starts with <alert>`);
  const root = (document as Element)[rootName];
  if (!isElement(root)) return refuse('', '<alert> is empty');
  const namespace = root[prefix === '' ? '@_xmlns' : `@_xmlns:${prefix}`];
  if (namespace !== CAP_NAMESPACE) {
    const found = typeof namespace === 'string' ? `namespace "${namespace}"` : 'no namespace';
    return refuse('', `<${rootName}> is in ${found}; CAP 1.2 alerts are in "${CAP_NAMESPACE}"`);
  }
  return readAlert(root, createReader(root), cityGeocodes);
}

function readAlert(root: Element, read: Reader, cityGeocodes: CityGeocodes): CapParseResult {
  const issues: CapIssue[] = [];
  const required = (name: string) => read.text(root, name, name, issues, true);
  const identifier = required('identifier');
  const sender = required('sender');
  const sent = required('sent');
  const status = required('status');
  const msgType = required('msgType');
  const scope = required('scope');
  if (status !== undefined && status !== 'Actual') issues.push({ path: 'status', message: `status is "${status}"; only "Actual" alerts are published` });
  if (msgType !== undefined && msgType !== 'Alert' && msgType !== 'Update' && msgType !== 'Cancel') {
    issues.push({ path: 'msgType', message: `msgType is "${msgType}"; only "Alert", "Update" and "Cancel" are accepted` });
  }
  if (scope !== undefined && scope !== 'Public') issues.push({ path: 'scope', message: `scope is "${scope}"; only "Public" alerts are published` });
  if (sent !== undefined) checkInstant(sent, 'sent', issues);
  const references = readReferences(read.text(root, 'references', 'references', issues), sender, msgType === 'Cancel', issues);
  if (msgType === 'Cancel') return issues.length > 0 ? { ok: false, issues } : { ok: true, kind: 'cancel', references };

  const infos = read.elements(root, 'info').flatMap((node, index): Info[] => (isElement(node) ? [{ index, node }] : []));
  if (infos.length === 0) return { ok: false, issues: [...issues, { path: 'info', message: 'at least one <info> is required' }] };
  const languageOf = (info: Info) => read.text(info.node, 'language', `info[${info.index}].language`, issues) ?? 'en-US';
  const languages = infos.map(languageOf);
  const vi = infos.find((_, i) => /^vi(?:-|$)/i.test(languages[i]!));
  const en = infos.find((_, i) => /^en(?:-|$)/i.test(languages[i]!));
  const primary = vi ?? en;
  if (primary === undefined) {
    issues.push({ path: 'info', message: `no <info> in Vietnamese (vi, vi-VN) or English (en, en-US); found ${languages.join(', ')}` });
    return { ok: false, issues };
  }

  const at = `info[${primary.index}]`;
  const severity = readSeverity(read.text(primary.node, 'severity', `${at}.severity`, issues, true), `${at}.severity`, issues);
  const event = read.text(primary.node, 'event', `${at}.event`, issues) ?? '';
  const categories = read.all(primary.node, 'category', `${at}.category`, issues);
  const expires = read.text(primary.node, 'expires', `${at}.expires`, issues);
  if (expires === undefined) issues.push({ path: `${at}.expires`, message: '<expires> is required: Citadel publishes no alert without an end' });
  else if (checkInstant(expires, `${at}.expires`, issues) && sent !== undefined && Date.parse(expires) <= Date.parse(sent)) {
    issues.push({ path: `${at}.expires`, message: `expires (${expires}) must be later than sent (${sent})` });
  }
  const senderName = read.text(infos[0]!.node, 'senderName', `info[${infos[0]!.index}].senderName`, issues);
  const viTexts = readTexts(primary, read, issues);
  const enTexts = en === undefined ? undefined : en === primary ? viTexts : readTexts(en, read, issues);
  const area = readAreas(primary, read, issues, cityGeocodes);
  if (issues.length > 0 || viTexts === undefined || severity === undefined || area === undefined) return { ok: false, issues };

  const text = (vi: string, en: string | undefined): AlertText => (en === undefined ? { vi } : { vi, en });
  const instructionVi = viTexts.instruction ?? enTexts?.instruction;
  const candidate = {
    identifier: `${sender}/${identifier}`,
    sender: senderName ?? sender,
    severity,
    category: categoryOf(event, categories),
    headline: text(viTexts.headline, enTexts?.headline),
    description: text(viTexts.description, enTexts?.description),
    ...(instructionVi === undefined ? {} : { instruction: text(instructionVi, enTexts?.instruction) }),
    area,
    sentAt: sent,
    expiresAt: expires,
  };
  const result = AlertDraft.safeParse(candidate);
  if (!result.success) return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
  return { ok: true, kind: 'publish', draft: result.data, references: msgType === 'Update' ? references : [] };
}

/**
 * CAP's `<references>` (section 3.2.1): whitespace-separated `sender,identifier,sent` triplets of
 * earlier messages: what an Update replaces, required for a Cancel. Only the sender's own alerts may be
 * replaced or cancelled: a reference to another sender is an issue.
 */
function readReferences(text: string | undefined, sender: string | undefined, needed: boolean, issues: CapIssue[]): string[] {
  if (text === undefined) {
    if (needed) issues.push({ path: 'references', message: 'a Cancel needs <references>: "sender,identifier,sent" of the alerts it withdraws' });
    return [];
  }
  const references: string[] = [];
  for (const triplet of text.trim().split(/\s+/)) {
    const [from, identifier, sent, extra] = triplet.split(',');
    if (!from || !identifier || !sent || extra !== undefined) {
      issues.push({ path: 'references', message: `"${triplet}" is not a "sender,identifier,sent" triplet` });
    } else if (from !== sender) {
      issues.push({ path: 'references', message: `"${triplet}" names another sender; an alert may only replace or cancel its sender's own alerts` });
    } else {
      references.push(`${from}/${identifier}`);
    }
  }
  return references;
}

function readSeverity(value: string | undefined, path: string, issues: CapIssue[]): Severity | undefined {
  if (value === undefined) return undefined;
  const severity = Object.hasOwn(CAP_SEVERITIES, value) ? CAP_SEVERITIES[value] : undefined;
  if (severity !== undefined) return severity;
  issues.push({
    path,
    message: value === 'Unknown'
      ? 'severity "Unknown" is not publishable; use Extreme, Severe, Moderate or Minor'
      : `severity is "${value}"; expected Extreme, Severe, Moderate or Minor`,
  });
  return undefined;
}

function categoryOf(event: string, categories: string[]): AlertCategory {
  const words = [event, ...categories].map((text) => text.normalize('NFC').toLowerCase());
  if (words.some((text) => FLOOD_WORDS.test(text))) return 'flood';
  if (categories.includes('Met')) return 'weather';
  if (categories.some((category) => category === 'Security' || category === 'Safety' || category === 'Rescue')) return 'security';
  if (categories.includes('Health')) return 'health';
  return 'policy';
}

function readTexts(info: Info, read: Reader, issues: CapIssue[]): Texts | undefined {
  const at = `info[${info.index}]`;
  const field = (name: keyof typeof TEXT_LIMITS, required: boolean) => {
    const value = read.text(info.node, name, `${at}.${name}`, issues, required);
    if (value !== undefined && value.length > TEXT_LIMITS[name]) {
      issues.push({ path: `${at}.${name}`, message: `<${name}> is ${value.length} characters; the most is ${TEXT_LIMITS[name]}` });
    }
    return value;
  };
  const headline = field('headline', true);
  const description = field('description', true);
  const instruction = field('instruction', false);
  if (headline === undefined || description === undefined) return undefined;
  return instruction === undefined ? { headline, description } : { headline, description, instruction };
}

function readAreas(info: Info, read: Reader, issues: CapIssue[], cityGeocodes: CityGeocodes): AlertArea | undefined {
  const at = `info[${info.index}].area`;
  const areas = read.elements(info.node, 'area');
  if (areas.length === 0) {
    issues.push({ path: at, message: 'at least one <area> is required' });
    return undefined;
  }
  const descriptions = new Set<string>();
  const wards = new Set<string>();
  const polygons: Array<Array<[number, number]>> = [];
  let wholeCity = false;
  const before = issues.length;
  const isCity = (name: string | undefined, value: string | undefined) => name !== undefined && value !== undefined &&
    cityGeocodes.some((g) => g.valueName.toLowerCase() === name.toLowerCase() && g.value.toLowerCase() === value.trim().toLowerCase());
  areas.forEach((area, k) => {
    const path = `${at}[${k}]`;
    if (!isElement(area)) {
      issues.push({ path, message: '<area> needs an <areaDesc>' });
      return;
    }
    const polygonsBefore = polygons.length;
    let namesCity = false;
    let namesWard = false;
    const description = read.text(area, 'areaDesc', `${path}.areaDesc`, issues, true);
    if (description !== undefined) descriptions.add(description);
    read.all(area, 'polygon', `${path}.polygon`, issues).forEach((text, m) => {
      const ring = parseRing(text, `${path}.polygon[${m}]`, issues);
      if (ring !== undefined) polygons.push(ring);
    });
    read.all(area, 'circle', `${path}.circle`, issues).forEach((text, m) => {
      const ring = parseCircle(text, `${path}.circle[${m}]`, issues);
      if (ring !== undefined) polygons.push(ring);
    });
    read.elements(area, 'geocode').forEach((geocode, g) => {
      const gPath = `${path}.geocode[${g}]`;
      if (!isElement(geocode)) return;
      const name = read.text(geocode, 'valueName', `${gPath}.valueName`, issues);
      if (name?.toLowerCase() !== 'ward') {
        if (isCity(name, read.text(geocode, 'value', `${gPath}.value`, issues))) namesCity = true;
        return;
      }
      const ward = read.text(geocode, 'value', `${gPath}.value`, issues, true);
      if (ward !== undefined && ward.length > WARD_NAME_LIMIT) {
        issues.push({ path: `${gPath}.value`, message: `the ward name is ${ward.length} characters; the most is ${WARD_NAME_LIMIT}` });
      } else if (ward !== undefined) {
        wards.add(ward);
        namesWard = true;
      }
    });
    // Only a city geocode and nothing narrower in this <area>: the whole city.
    if (namesCity && !namesWard && polygons.length === polygonsBefore) wholeCity = true;
  });
  if (wards.size > AREA_LIMITS.wards) {
    issues.push({ path: at, message: `names ${wards.size} wards; the most is AREA_LIMITS.wards (${AREA_LIMITS.wards})` });
  }
  if (polygons.length > AREA_LIMITS.polygons) {
    issues.push({ path: at, message: `has ${polygons.length} polygons and circles; the most is AREA_LIMITS.polygons (${AREA_LIMITS.polygons})` });
  }
  if (issues.length === before && !wholeCity && wards.size + polygons.length === 0) {
    issues.push({ path: at, message: 'no ward <geocode>, <polygon>, <circle> or geocode of the whole city: Citadel cannot tell where the alert applies' });
  }
  if (issues.length > before) return undefined;
  const description = shorten([...descriptions].join('; '), DESCRIPTION_LIMIT);
  return wholeCity ? { description, wholeCity, wards: [...wards], polygons } : { description, wards: [...wards], polygons };
}

/** CAP 1.2 `<polygon>`: whitespace-separated `lat,lon` pairs, at least 4, the first equal to the last. */
function parseRing(text: string, path: string, issues: CapIssue[]): Array<[number, number]> | undefined {
  const pairs = text.split(/\s+/);
  if (pairs.length > AREA_LIMITS.points) {
    issues.push({ path, message: `has ${pairs.length} points; the most is AREA_LIMITS.points (${AREA_LIMITS.points})` });
    return undefined;
  }
  const ring: Array<[number, number]> = [];
  for (const [i, pair] of pairs.entries()) {
    const point = parsePoint(pair);
    if (typeof point === 'string') {
      issues.push({ path, message: `point ${i + 1} ("${pair}") ${point}` });
      return undefined;
    }
    ring.push(point);
  }
  if (ring.length < 4) {
    issues.push({ path, message: `has ${ring.length} points; a closed polygon needs at least 4 "lat,lon" pairs` });
    return undefined;
  }
  const first = ring[0]!;
  const last = ring.at(-1)!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    issues.push({ path, message: `must end where it starts: first point ${first.join(',')}, last ${last.join(',')}` });
    return undefined;
  }
  return ring;
}

/** CAP 1.2 `<circle>`: `lat,lon radius`, the radius in kilometres. */
function parseCircle(text: string, path: string, issues: CapIssue[]): Array<[number, number]> | undefined {
  const [centre = '', radius = '', ...rest] = text.split(/\s+/);
  const point = parsePoint(centre);
  const km = DECIMAL.test(radius) ? Number(radius) : Number.NaN;
  if (typeof point === 'string' || rest.length > 0 || !(km > 0 && km <= MAX_CIRCLE_RADIUS_KM)) {
    const why = typeof point === 'string' ? `its centre ("${centre}") ${point}` : `its radius must be a number of kilometres above 0 and at most ${Math.floor(MAX_CIRCLE_RADIUS_KM)}`;
    issues.push({ path, message: `expected "lat,lon radiusKm", found "${text}": ${why}` });
    return undefined;
  }
  return circleToRing(point[0], point[1], km, CIRCLE_POINTS);
}

function parsePoint(pair: string): [number, number] | string {
  const parts = pair.split(',');
  if (parts.length !== 2 || !parts.every((part) => DECIMAL.test(part))) return 'is not "lat,lon" in decimal degrees';
  const lat = Number(parts[0]);
  const lon = Number(parts[1]);
  if (Math.abs(lat) > 90) return `has latitude ${lat}, outside -90..90`;
  if (Math.abs(lon) > 180) return `has longitude ${lon}, outside -180..180`;
  return [lat, lon];
}

function checkInstant(value: string, path: string, issues: CapIssue[]): boolean {
  if (Instant.safeParse(value).success && !Number.isNaN(Date.parse(value))) return true;
  issues.push({ path, message: `"${value}" is not an ISO 8601 date-time with an offset, like 2026-10-28T08:00:00+07:00` });
  return false;
}

/**
 * Cuts `text` to at most `max` characters, marking the cut with an ellipsis: after the last whole area (`; `) if that
 * keeps at least half, else after the last whole place name (`, `), else at the last space.
 */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const boundary = ['; ', ', ', ' '].map((separator) => cut.lastIndexOf(separator)).find((index) => index >= max / 2);
  if (boundary !== undefined) cut = cut.slice(0, boundary);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s;,]+$/, '')}…`;
}

function refuse(path: string, message: string): CapParseResult {
  return { ok: false, issues: [{ path, message }] };
}

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function splitName(qualified: string): [prefix: string, local: string] {
  const colon = qualified.indexOf(':');
  return colon === -1 ? ['', qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
}

/** Finds CAP elements by local name, whichever prefix the root bound to the CAP namespace. */
type Reader = ReturnType<typeof createReader>;

function createReader(root: Element) {
  const prefixes = new Set<string>();
  for (const [key, value] of Object.entries(root)) {
    if (value !== CAP_NAMESPACE) continue;
    if (key === '@_xmlns') prefixes.add('');
    else if (key.startsWith('@_xmlns:')) prefixes.add(key.slice('@_xmlns:'.length));
  }
  const elements = (node: Element, local: string): unknown[] => Object.entries(node).flatMap(([key, value]) => {
    if (key.startsWith('@_') || key.startsWith('#')) return [];
    const [prefix, name] = splitName(key);
    if (name !== local || !prefixes.has(prefix)) return [];
    return Array.isArray(value) ? value : [value];
  });
  const textOf = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (isElement(value) && Object.keys(value).every((key) => key.startsWith('@_') || key === '#text')) {
      return typeof value['#text'] === 'string' ? value['#text'] : '';
    }
    return undefined;
  };
  /** Every non-empty text of the `local` children of `node` (`path[i]` names the i-th); a child holding elements is an issue. */
  const all = (node: Element, local: string, path: string, issues: CapIssue[]): string[] => elements(node, local).flatMap((value, i) => {
    const text = textOf(value);
    if (text === undefined) issues.push({ path: `${path}[${i}]`, message: `<${local}> must hold text, not elements` });
    return text === undefined || text === '' ? [] : [text];
  });
  /** The text of the one `local` child of `node`, `undefined` when absent, empty or unreadable (then with an issue). */
  const text = (node: Element, local: string, path: string, issues: CapIssue[], required = false): string | undefined => {
    const found = elements(node, local);
    if (found.length > 1) {
      issues.push({ path, message: `<${local}> appears ${found.length} times; CAP allows one` });
      return undefined;
    }
    const value = found.length === 0 ? '' : textOf(found[0]);
    if (value === undefined) issues.push({ path, message: `<${local}> must hold text, not elements` });
    else if (value === '' && required) issues.push({ path, message: `<${local}> is required` });
    return value === '' ? undefined : value;
  };
  return { elements, all, text };
}

/**
 * Decodes the five predefined XML entities and character references in one pass (so `&amp;#65;` stays `&#65;`).
 * The parser's own decoder leaves numeric references alone unless HTML entities are switched on, which would
 * also accept `&nbsp;` and friends. Unknown names and references to characters XML forbids are left as written.
 */
function createXmlEntityDecoder(): EntityDecoderOptions {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const allowed = (code: number) => code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff)
    || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return {
    setExternalEntities: () => {},
    addInputEntities: () => {},
    reset: () => {},
    setXmlVersion: () => {},
    decode: (text) => text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g, (entity, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return named[name] ?? entity;
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
      return allowed(code) ? String.fromCodePoint(code) : entity;
    }),
  };
}
