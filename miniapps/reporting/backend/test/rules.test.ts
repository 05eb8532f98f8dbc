import { describe, expect, it } from 'vitest';
import { deadlineFor, isOverdue } from '../src/reports/deadlines.js';
import { decodePhotos, sniffPhoto } from '../src/reports/photos.js';
import { canMove } from '../src/reports/statuses.js';
import { trackingCode, vietnamYear } from '../src/reports/tracking-code.js';
import { LIMITS } from '../src/limits.js';

const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

describe('report rules', () => {
  it('makes tracking codes from the Vietnam year and a number', () => {
    expect(trackingCode(2026, 123)).toBe('PA-2026-000123');
    expect(trackingCode(2026, 1_234_567)).toBe('PA-2026-1234567');
    // 31 Dec 2025 18:00 UTC is already 1 Jan 2026 in Huế.
    expect(vietnamYear(new Date('2025-12-31T18:00:00Z'))).toBe(2026);
  });

  it('sets deadlines per processing group, skipping weekends for time-bound', () => {
    const friday = new Date('2026-03-06T03:00:00Z'); // Friday 10:00 in Huế
    expect(deadlineFor('instant', friday).toISOString()).toBe('2026-03-07T03:00:00.000Z');
    expect(deadlineFor('time_bound', friday).toISOString()).toBe('2026-03-13T03:00:00.000Z'); // next Friday
    expect(deadlineFor('command', friday).toISOString()).toBe('2026-03-16T03:00:00.000Z');
    expect(isOverdue('assigned', friday, new Date('2026-03-07T00:00:00Z'))).toBe(true);
    expect(isOverdue('resolved', friday, new Date('2026-03-07T00:00:00Z'))).toBe(false);
  });

  it('allows only the documented transitions', () => {
    expect(canMove('received', 'assigned')).toBe(true);
    expect(canMove('received', 'resolved')).toBe(false);
    expect(canMove('resolved', 'assigned')).toBe(false);
    expect(canMove('in_progress', 'rejected')).toBe(true);
  });

  it('accepts JPEG and WebP by their bytes, within the limits', () => {
    expect(sniffPhoto(jpeg)).toBe('image/jpeg');
    expect(sniffPhoto(webp)).toBe('image/webp');
    expect(sniffPhoto(Buffer.from('<svg onload=alert(1)>'))).toBeUndefined();
    expect(decodePhotos([{ data: jpeg.toString('base64'), type: 'image/png' }])[0]!.type).toBe('image/jpeg');
    const code = (f: () => unknown) => { try { f(); return 'ok'; } catch (e) { return (e as { code: string }).code; } };
    expect(code(() => decodePhotos(Array.from({ length: 5 }, () => ({ data: jpeg.toString('base64') }))))).toBe('TOO_MANY_PHOTOS');
    expect(code(() => decodePhotos([{ data: Buffer.from('GIF89a....').toString('base64') }]))).toBe('PHOTO_NOT_IMAGE');
    expect(code(() => decodePhotos([{ data: Buffer.alloc(LIMITS.photoBytes + 10, 0xff).toString('base64') }]))).toBe('PHOTO_TOO_LARGE');
    expect(code(() => decodePhotos([{ data: 'not base64!' }]))).toBe('INVALID_PARAMS');
    expect(code(() => decodePhotos([{ data: jpeg.toString('base64'), __proto__: 1, x: 1 }]))).toBe('INVALID_PARAMS');
  });
});
