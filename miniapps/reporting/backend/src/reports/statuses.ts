/** A report's life: received → assigned → in_progress → resolved | rejected (with a reason). */
export const STATUSES = ['received', 'assigned', 'in_progress', 'resolved', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

/** Where staff may move a report from each status. `assigned` → `assigned` is a reassignment. */
export const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  received: ['assigned', 'rejected'],
  assigned: ['assigned', 'in_progress', 'resolved', 'rejected'],
  in_progress: ['assigned', 'resolved', 'rejected'],
  resolved: [],
  rejected: [],
};

export const canMove = (from: Status, to: Status): boolean => TRANSITIONS[from].includes(to);

/** What the citizen's notification says for each status; the host shows `en` to a citizen who reads in English. */
export const STATUS_TITLES: Readonly<Record<Status, { vi: string; en: string }>> = {
  received: { vi: 'Phản ánh đã được tiếp nhận', en: 'Your report was received' },
  assigned: { vi: 'Phản ánh đã được chuyển đơn vị xử lý', en: 'Your report was passed to an agency' },
  in_progress: { vi: 'Phản ánh đang được xử lý', en: 'Your report is being handled' },
  resolved: { vi: 'Phản ánh đã được xử lý xong', en: 'Your report was resolved' },
  rejected: { vi: 'Phản ánh không được tiếp nhận xử lý', en: 'Your report was not taken up' },
};
