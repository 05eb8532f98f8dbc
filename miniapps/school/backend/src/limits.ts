/** Every limit the backend enforces, in one place; each is named in the error that enforces it. */
export const LIMITS = {
  /** Bytes of any JSON body. */
  smallBody: 16_384,
  /** School days one leave request may cover: a longer absence is arranged with the school's board, not the homeroom teacher. */
  leaveMaxSchoolDays: 3,
  /** How far ahead a leave request may start, in calendar days. */
  leaveMaxDaysAhead: 30,
  leaveReasonMax: 500,
  decisionCommentMax: 500,
  /** Notification titles are at most 80 characters on the platform; an announcement's title is its notification's title. */
  announcementTitleMax: 80,
  announcementBodyMax: 2000,
  /** Announcements one class may receive in a Vietnam day: each one costs every guardian one of their daily notifications. */
  announcementsPerClassPerDay: 3,
  /** Notifications sent at once while fanning an announcement out. */
  fanOutConcurrency: 4,
  /** Tries of one notification that failed, waited for credentials or hit the quota, all under its one key. */
  notifyAttempts: 6,
  /** The first wait before trying a failed send again; it doubles each try. */
  notifyBackoffSeconds: 60,
  /** Notifications retried per pass of the retry loop, which runs every `notifyRetrySeconds`. */
  notifyRetryBatch: 50,
  notifyRetrySeconds: 30,
  /** Items of one list (leave requests, announcements, fees), newest first. */
  page: 100,
  /** How long a guardian has to pay a fee's order, in seconds (the platform's default is 900). */
  orderSeconds: 900,
} as const;
