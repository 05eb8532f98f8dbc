import type { PartnerAccess, PartnerClient } from '@citadel/node';

/** Work a backend repeats while it runs: notifications to try again, refunds not made yet. */
export interface BackgroundTask {
  /** Names it in the log line of a failed run, such as `notification retry`. */
  readonly label: string;
  /** Seconds between runs. */
  readonly seconds: number;
  /** One run, with the partner client, or undefined while the platform has not issued credentials. */
  readonly run: (citadel: PartnerClient | undefined) => Promise<unknown>;
}

/**
 * Runs each task every `seconds` until the returned stop function is called. A run that fails is
 * logged and the next one comes as planned; the timers never keep the process alive on their own.
 */
export function startBackground(name: string, access: PartnerAccess, tasks: readonly BackgroundTask[]): () => void {
  const timers = tasks.map((task) => {
    const timer = setInterval(() => {
      void access.current()
        .then((current) => task.run(current?.citadel))
        .catch((error: unknown) => console.error(`${name}: ${task.label}:`, error));
    }, task.seconds * 1000);
    timer.unref();
    return timer;
  });
  return () => timers.forEach((timer) => clearInterval(timer));
}
