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

/** What the citizen's notification says for each status (Vietnamese: the server does not know the citizen's language). */
export const STATUS_TITLES: Readonly<Record<Status, string>> = {
  received: 'Phản ánh đã được tiếp nhận',
  assigned: 'Phản ánh đã được chuyển đơn vị xử lý',
  in_progress: 'Phản ánh đang được xử lý',
  resolved: 'Phản ánh đã được xử lý xong',
  rejected: 'Phản ánh không được tiếp nhận xử lý',
};
