import * as z from 'zod';
import { LIMITS } from './limits.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');

/** `POST /pupils/:id/leave/new`. */
export const LeaveInput = z.strictObject({
  from: date,
  to: date,
  kind: z.enum(['sick', 'family', 'other']),
  reason: z.string().trim().min(1).max(LIMITS.leaveReasonMax),
});

/** `POST /leave/:id/decision`: a decline needs a comment (checked with the request). */
export const DecisionInput = z.strictObject({
  decision: z.enum(['approved', 'declined']),
  comment: z.string().trim().max(LIMITS.decisionCommentMax).default(''),
});

/** `POST /classes/:id/announcements/new`. `clientKey` is made by the app once per post, so a retried post is the same post. */
export const AnnouncementInput = z.strictObject({
  title: z.string().trim().min(1).max(LIMITS.announcementTitleMax),
  body: z.string().trim().min(1).max(LIMITS.announcementBodyMax),
  clientKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, - or _'),
});

/** `GET /pupils/:id/transcript?term=`. */
export const TranscriptQuery = z.strictObject({ term: z.enum(['1', '2']).default('1') });

/** `GET /classes/:id/leave?status=`. */
export const ClassLeaveQuery = z.strictObject({ status: z.enum(['pending', 'approved', 'declined', 'withdrawn']).optional() });
