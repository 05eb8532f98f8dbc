/** How fast an agency must settle a report: instant (1 day), time-bound (5 working days), command support (10 days). */
export const PROCESS_GROUPS = ['instant', 'time_bound', 'command'] as const;
export type ProcessGroup = (typeof PROCESS_GROUPS)[number];

/** The report categories, in the order the app shows them. */
export const CATEGORIES = ['environment', 'roads', 'utilities', 'urban-order', 'security', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Localized { readonly vi: string; readonly en: string }

/** One receiving agency and the words that send a report to it. */
export interface Agency {
  readonly id: string;
  readonly name: Localized;
  readonly group: ProcessGroup;
  readonly keywords: readonly string[];
}

/** The editable routing model (`model/keywords.json`): category → agency → keywords. */
export interface KeywordModel {
  readonly version: number;
  readonly fallback: { readonly category: Category; readonly agency: string };
  readonly categories: ReadonlyArray<{ readonly id: Category; readonly name: Localized; readonly agencies: readonly Agency[] }>;
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;
const isLocalized = (v: unknown): v is Localized => {
  const o = v as Localized | null;
  return typeof o === 'object' && o !== null && isText(o.vi, 200) && isText(o.en, 200);
};

/**
 * Checks a parsed model: every category known and present once, agency ids unique across the
 * model, 1–100 keywords of up to 60 characters each, and a fallback that exists. Throws a
 * `TypeError` naming the first problem: a broken model must stop the backend, not misroute.
 */
export function parseKeywordModel(value: unknown): KeywordModel {
  const m = value as KeywordModel | null;
  const fail = (why: string): never => { throw new TypeError(`Keyword model: ${why}`); };
  if (typeof m !== 'object' || m === null || !Array.isArray(m.categories)) return fail('expected { version, fallback, categories: [...] }');
  const seenAgencies = new Set<string>();
  const seenCategories = new Set<string>();
  for (const c of m.categories) {
    if (!(CATEGORIES as readonly string[]).includes(c?.id)) fail(`unknown category ${JSON.stringify(c?.id)}`);
    if (seenCategories.has(c.id)) fail(`category ${c.id} appears twice`);
    seenCategories.add(c.id);
    if (!isLocalized(c.name)) fail(`category ${c.id} needs name { vi, en }`);
    if (!Array.isArray(c.agencies) || c.agencies.length === 0) fail(`category ${c.id} needs at least one agency`);
    for (const a of c.agencies) {
      if (!isText(a?.id, 40) || !/^[a-z0-9-]+$/.test(a.id)) fail(`agency id ${JSON.stringify(a?.id)} in ${c.id} must be lowercase letters, digits and dashes`);
      if (seenAgencies.has(a.id)) fail(`agency ${a.id} appears twice`);
      seenAgencies.add(a.id);
      if (!isLocalized(a.name)) fail(`agency ${a.id} needs name { vi, en }`);
      if (!(PROCESS_GROUPS as readonly string[]).includes(a.group)) fail(`agency ${a.id}: group must be one of ${PROCESS_GROUPS.join(', ')}`);
      if (!Array.isArray(a.keywords) || a.keywords.length > 100 || !a.keywords.every((k: unknown) => isText(k, 60))) fail(`agency ${a.id}: keywords must be up to 100 words of up to 60 characters`);
    }
  }
  for (const id of CATEGORIES) if (!seenCategories.has(id)) fail(`category ${id} is missing`);
  const fallbackCategory = m.categories.find((c) => c.id === m.fallback?.category);
  if (!fallbackCategory?.agencies.some((a: Agency) => a.id === m.fallback.agency)) fail('fallback must name an agency of its category');
  return m;
}

/** The agency `id` with its category, or undefined. */
export function findAgency(model: KeywordModel, id: string): (Agency & { readonly category: Category }) | undefined {
  for (const c of model.categories) {
    const a = c.agencies.find((x) => x.id === id);
    if (a) return { ...a, category: c.id };
  }
  return undefined;
}
