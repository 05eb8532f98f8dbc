import { describe, expect, it } from 'vitest';
import { useHostPlatform } from './support/host-platform.js';
import { signedUpCitizen, topUp } from './support/journey.js';

/** `at` as a date and time in `timeZone`, in British English: `5 Dec 2026, 14:05`. */
const wallClock = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

describe('civic times on a tourist\'s phone', () => {
  const env = useHostPlatform([]);

  it('shows a top-up in Huế\'s time with its zone named, never in the phone\'s own time', async () => {
    // A British phone in Paris: English from the browser, and a time zone 5 or 6 hours behind Huế.
    const { context, page } = await signedUpCitizen(env, { name: 'Emma Clarke', phone: '0905 222 717', password: 'a long passphrase' }, {
      context: { viewport: { width: 390, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Paris' },
    });
    const before = Date.now();
    await topUp(page, env.origin, 50_000);
    const after = Date.now();
    const entry = page.getByTestId('history-entry').first();
    await entry.waitFor();
    const text = (await entry.textContent())?.replace(/\s+/g, ' ') ?? '';
    // The top-up happened between `before` and `after`: its minute in Huế is one of theirs.
    const inHue = [before, after].map((at) => `${wallClock(at, 'Asia/Ho_Chi_Minh')} GMT+7`);
    expect(inHue.some((moment) => text.includes(moment)), `${text} shows one of ${inHue.join(' or ')}`).toBe(true);
    for (const at of [before, after]) expect(text).not.toContain(wallClock(at, 'Europe/Paris'));
    await context.close();
  });
});
