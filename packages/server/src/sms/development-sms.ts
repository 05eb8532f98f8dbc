import type { SmsSender } from './sms-sender.js';

/** One message the development sender kept. */
export interface SentSms { readonly to: string; readonly text: string; readonly at: string }

/** The development sender: an `SmsSender` that also lists what it kept. */
export interface DevelopmentSms extends SmsSender { recent(): readonly SentSms[] }

/** Whether `sms` is the development sender (its texts may be listed on the development page). */
export const isDevelopmentSms = (sms: SmsSender): sms is DevelopmentSms => typeof (sms as Partial<DevelopmentSms>).recent === 'function';

/** How many messages the development page keeps. */
const KEEP = 20;

/**
 * Development only: prints each message to the server log and keeps the last 20 for the development page
 * (`GET /dev/sms`, served only when the server is not in production). Nothing leaves the machine.
 */
export function createDevelopmentSms(log: (line: string) => void = (line) => console.log(line)): DevelopmentSms {
  const kept: SentSms[] = [];
  return {
    async send(to, text) {
      log(`[citadel] SMS to ${to}: ${text}`);
      kept.unshift({ to, text, at: new Date().toISOString() });
      kept.length = Math.min(kept.length, KEEP);
    },
    recent: () => [...kept],
  };
}
