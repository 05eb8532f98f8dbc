import type { ProcessGroup } from '../routing/keyword-model.js';

const DAY = 86_400_000;
const VIETNAM = 7 * 3_600_000;

/** Calendar days each group has; `time_bound` counts working days (Monday to Friday, Vietnam time). */
export const GROUP_DAYS: Readonly<Record<ProcessGroup, { readonly days: number; readonly working: boolean }>> = {
  instant: { days: 1, working: false },
  time_bound: { days: 5, working: true },
  command: { days: 10, working: false },
};

/**
 * When a report received at `from` must be settled: `instant` 1 day, `command` 10 days,
 * `time_bound` 5 working days (weekends in Vietnam time skipped; public holidays are not modelled).
 */
export function deadlineFor(group: ProcessGroup, from: Date): Date {
  const { days, working } = GROUP_DAYS[group];
  if (!working) return new Date(from.getTime() + days * DAY);
  let at = from.getTime();
  for (let left = days; left > 0;) {
    at += DAY;
    const weekday = new Date(at + VIETNAM).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(at);
}

/** Still open after its deadline. */
export const isOverdue = (status: string, deadline: Date, now: Date): boolean =>
  status !== 'resolved' && status !== 'rejected' && now.getTime() > deadline.getTime();
