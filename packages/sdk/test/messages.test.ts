import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@citadel/protocol';
import { errorMessage, errorMessages } from '../src/messages.js';

// Issue 16: what a citizen reads for a bridge error is a sentence in their language, never the code or the
// developer's English message.
describe('@citadel/sdk/messages', () => {
  const codes = Object.values(ErrorCode);

  it('has a Vietnamese and an English sentence for every bridge error code, and no other', () => {
    expect(Object.keys(errorMessages.vi).sort()).toEqual([...codes].sort());
    expect(Object.keys(errorMessages.en).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('says %s without a code, and in Vietnamese unless asked for English', (code) => {
    const vi = errorMessage(code, 'vi');
    const en = errorMessage(code, 'en');
    for (const text of [vi, en]) {
      expect(text).not.toMatch(/[A-Z_]{5,}/);
      expect(text).toMatch(/^[A-ZĐÀ-Ỹ].*\.$/u);
    }
    expect(vi).not.toBe(en);
    // Vietnamese is written with its diacritics: a sentence without any would be English left untranslated.
    expect(vi).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu);
    expect(errorMessage(code, 'fr')).toBe(vi);
  });

  it('reads a code outside the registry, or an inherited name, as INTERNAL, never as itself', () => {
    expect(errorMessage('NO_POSITION', 'vi')).toBe(errorMessages.vi.INTERNAL);
    expect(errorMessage('toString', 'en')).toBe(errorMessages.en.INTERNAL);
    expect(errorMessage('__proto__', 'vi')).toBe(errorMessages.vi.INTERNAL);
  });
});
