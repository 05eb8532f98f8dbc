import { describe, expect, it } from 'vitest';
import { parseKeywordModel } from '../src/routing/keyword-model.js';
import { loadKeywordModel } from '../src/routing/load-model.js';
import { fold } from '../src/routing/normalize.js';
import { suggest } from '../src/routing/suggest.js';

const model = loadKeywordModel();

describe('the keyword model', () => {
  it('folds Vietnamese for matching: accents, đ, case and punctuation', () => {
    expect(fold('Đèn ĐƯỜNG tắt!')).toBe(' den duong tat ');
    expect(fold('  Ổ gà,   ổ voi ')).toBe(' o ga o voi ');
  });

  it('suggests the category and agency, showing the words that matched, with or without accents', () => {
    const lit = suggest(model, 'Đèn đường trước số 12 Lê Lợi bị tắt mấy hôm nay, tối om');
    expect(lit).toMatchObject({ category: 'roads', agency: 'lighting' });
    expect(lit.matched.map((m) => m.keyword)).toEqual(['đèn đường', 'tối om']);
    expect(suggest(model, 'den duong truoc so 12 le loi bi tat').agency).toBe('lighting');
    expect(suggest(model, 'RÁC THẢI ùn ứ ở chợ Đông Ba, hôi thối')).toMatchObject({ category: 'environment', agency: 'hepco' });
    expect(suggest(model, 'Vỡ ống nước trên đường Hùng Vương, mất nước cả khu')).toMatchObject({ category: 'utilities', agency: 'water' });
  });

  it('matches whole words only, and longer phrases weigh more', () => {
    // "cỏ" never matches inside "cổng" ("co" is not the word "cong")...
    expect(suggest(model, 'Cổng trường bị hỏng').matched.map((m) => m.keyword)).not.toContain('cỏ');
    // ...but accents are ignored, so "cổng" (gate) reads as "cống" (sewer): the price of matching
    // text typed without accents, and why the app shows the citizen the words that matched.
    expect(suggest(model, 'Cổng trường bị hỏng').matched.map((m) => m.keyword)).toEqual(['cống']);
    // "lấn chiếm vỉa hè" (4 words) beats "vỉa hè" (2).
    expect(suggest(model, 'Quán cà phê lấn chiếm vỉa hè đường Nguyễn Huệ').agency).toBe('ward-order');
  });

  it('falls back to HueIOC when nothing matches, and to the first agency of a chosen category', () => {
    expect(suggest(model, 'Một việc khác hẳn')).toEqual({ category: 'other', agency: 'ioc', matched: [] });
    expect(suggest(model, 'Một việc khác hẳn', 'utilities')).toEqual({ category: 'utilities', agency: 'power', matched: [] });
    expect(suggest(model, 'mất nước, rác thải', 'utilities').agency).toBe('water');
  });

  it('refuses a broken model, naming the problem', () => {
    const bad = structuredClone(model) as unknown as { categories: Array<{ agencies: Array<{ group: string }> }> };
    bad.categories[0]!.agencies[0]!.group = 'someday';
    expect(() => parseKeywordModel(bad)).toThrow(/group must be one of instant, time_bound, command/);
    expect(() => parseKeywordModel({ ...model, fallback: { category: 'other', agency: 'nobody' } })).toThrow(/fallback/);
    expect(() => parseKeywordModel({ ...model, categories: model.categories.slice(1) })).toThrow(/environment is missing/);
  });
});
