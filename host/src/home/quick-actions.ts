import type { Category, Manifest } from '@citadel/protocol';
import { ALERTS_PATH } from '../alerts/routes.js';

/** A quick action of the home: the first app of a category in the catalogue, or a host screen. */
export interface QuickAction {
  readonly id: 'report' | 'pay-bill' | 'alerts';
  /** Its name in `homeStrings`. */
  readonly label: 'report' | 'payBill' | 'alerts';
  /** Its icon in `icons`. */
  readonly icon: 'report' | 'bill' | 'alert';
  /** What it opens: the catalogue's first app of `category`, or the host's `path`. */
  readonly target: { readonly category: Category } | { readonly path: string };
}

/**
 * The home's quick actions (issue 16): "Phản ánh" opens the reporting app, "Thanh toán hoá đơn" the utilities app,
 * whose first screen lists the household's bills to pay, and "Cảnh báo" the official alerts. The apps are found by
 * category, not by id, so a city's own apps take their place.
 */
export const QUICK_ACTIONS: readonly QuickAction[] = [
  { id: 'report', label: 'report', icon: 'report', target: { category: 'reporting' } },
  { id: 'pay-bill', label: 'payBill', icon: 'bill', target: { category: 'utilities' } },
  { id: 'alerts', label: 'alerts', icon: 'alert', target: { path: ALERTS_PATH } },
];

/** Where each quick action leads in this catalogue: an app, a path, or nothing (no app of its category, left out). */
export function resolveQuickActions(apps: readonly Manifest[]): Array<{ action: QuickAction; app?: Manifest; path?: string }> {
  return QUICK_ACTIONS.flatMap((action): Array<{ action: QuickAction; app?: Manifest; path?: string }> => {
    if ('path' in action.target) return [{ action, path: action.target.path }];
    const { category } = action.target;
    const app = apps.find((a) => a.category === category);
    return app ? [{ action, app }] : [];
  });
}
