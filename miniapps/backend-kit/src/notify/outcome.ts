/**
 * What became of one notification: `sent` (in the citizen's inbox), `muted` (they muted the
 * topic), `not_granted` (they never allowed notifications, or withdrew it), `quota` (their daily
 * quota for this app is used up: the key stays free for a retry tomorrow), `failed` (the platform
 * could not be reached or refused the call), `skipped` (no partner credentials yet).
 */
export type Outcome = 'sent' | 'muted' | 'not_granted' | 'quota' | 'failed' | 'skipped';
