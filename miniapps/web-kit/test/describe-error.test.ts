import { describe, expect, it } from 'vitest';
import { CitadelError, ErrorCode } from '@citadel/sdk';
import { errorMessages } from '@citadel/sdk/messages';
import { BackendError, createDescribeError, describeError } from '../src/index.js';

// Issue 16: no code, stack or developer English reaches a Vietnamese citizen. What the apps show for a failure is
// `describeError`'s sentence, whatever failed.
describe('the web kit\'s describeError', () => {
  it('says every bridge code with the sentence the host shows, from @citadel/sdk/messages', () => {
    for (const code of Object.values(ErrorCode)) {
      const error = new CitadelError(code, 'The citizen did not share their position with this app');
      expect(describeError(error, 'vi')).toBe(errorMessages.vi[code]);
      expect(describeError(error, 'en')).toBe(errorMessages.en[code]);
    }
  });

  it('says the backend kit\'s codes in the kit\'s words, and an ended session whatever the token\'s reason', () => {
    expect(describeError(new BackendError('UNREACHABLE', 'http://localhost:1 did not answer'), 'vi')).toBe('Không kết nối được. Kiểm tra mạng rồi thử lại.');
    const ended = describeError(new BackendError('SESSION_INVALID', 'The session expired'), 'vi');
    for (const reason of ['EXPIRED', 'NONCE_UNKNOWN', 'MISSING_TOKEN', 'WRONG_AUDIENCE']) expect(describeError(new BackendError(reason, 'x'), 'vi')).toBe(ended);
    expect(describeError(new BackendError('TOO_MANY_NONCES', 'At most 10000 sign-ins'), 'vi')).toBe(errorMessages.vi.RATE_LIMITED);
    expect(describeError(new BackendError('IDEMPOTENCY_KEY_REUSED', 'x'), 'en')).toBe('This request was already sent with other details. Reload and send it again.');
  });

  it('never shows an unknown code, a plain Error\'s message or a thrown string', () => {
    const internal = errorMessages.vi.INTERNAL;
    expect(describeError(new BackendError('SOMETHING_NEW', 'Something new went wrong'), 'vi')).toBe(internal);
    expect(describeError(Object.assign(new Error('encode failed'), { code: 11 }), 'vi')).toBe(internal);
    expect(describeError('INVALID_PARAMS: code: a customer code', 'vi')).toBe(internal);
    expect(describeError(undefined, 'vi')).toBe(internal);
    expect(describeError(new BackendError('toString', 'x'), 'vi')).toBe(internal);
  });

  it('names a refused field and its bound in the citizen\'s language, with the app\'s words', () => {
    const describeApp = createDescribeError((lang) => ({
      fields: { description: lang === 'en' ? 'What is wrong' : 'Mô tả sự việc', code: lang === 'en' ? 'Customer code' : 'Mã khách hàng', quantity: lang === 'en' ? 'Tickets' : 'Số vé' },
      codes: { OUT_OF_AREA: lang === 'en' ? 'Outside Huế.' : 'Ngoài Huế.' },
    }));
    const refused = (issue: Record<string, unknown>) => new BackendError('INVALID_PARAMS', 'x: Too small', { issues: [issue] });
    expect(describeApp(refused({ path: 'description', code: 'too_small', origin: 'string', minimum: 10 }), 'vi')).toBe('Mục “Mô tả sự việc” cần ít nhất 10 ký tự.');
    expect(describeApp(refused({ path: 'description', code: 'too_big', origin: 'string', maximum: 2000 }), 'en')).toBe('“What is wrong” takes at most 2000 characters.');
    expect(describeApp(refused({ path: 'quantity', code: 'too_big', origin: 'number', maximum: 10 }), 'vi')).toBe('Mục “Số vé” chỉ được tối đa 10.');
    expect(describeApp(refused({ path: 'code', code: 'invalid_format' }), 'vi')).toBe('Mục “Mã khách hàng” chưa hợp lệ. Vui lòng kiểm tra lại.');
    // A field the app has no name for: the general sentence, never the path.
    expect(describeApp(refused({ path: 'photos.0.data', code: 'invalid_type' }), 'vi')).toBe(errorMessages.vi.INVALID_PARAMS);
    expect(describeApp(new BackendError('OUT_OF_AREA', 'The position is outside Huế'), 'en')).toBe('Outside Huế.');
    // Without a language, the page's: none here (Node), so Vietnamese.
    expect(describeApp(new BackendError('OUT_OF_AREA', 'x'))).toBe('Ngoài Huế.');
  });
});
