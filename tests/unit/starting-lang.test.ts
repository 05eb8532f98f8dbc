import { describe, expect, it } from 'vitest';
import { startingLang } from '../../host/src/shared/starting-lang.js';

describe('the host\'s first language', () => {
  it('is the citizen\'s own choice once they made one, whatever the browser says', () => {
    expect(startingLang('en', ['vi-VN'])).toBe('en');
    expect(startingLang('vi', ['en-US', 'en'])).toBe('vi');
  });

  it('on a first visit, is the first browser language that is Vietnamese or English', () => {
    expect(startingLang(null, ['en-US', 'vi'])).toBe('en');
    expect(startingLang(null, ['vi-VN', 'en-GB'])).toBe('vi');
    expect(startingLang(null, ['fr-FR', 'EN-gb', 'vi'])).toBe('en');
    expect(startingLang(null, ['ko-KR', 'vi'])).toBe('vi');
  });

  it('is Vietnamese when the browser names neither, or when what was stored is no language of ours', () => {
    expect(startingLang(null, ['fr-FR', 'de'])).toBe('vi');
    expect(startingLang(null, [])).toBe('vi');
    expect(startingLang('fr', ['en-US'])).toBe('en');
  });
});
