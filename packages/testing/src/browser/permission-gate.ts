import { CitadelError, ErrorCode, methods, type MethodName, type Permission } from '@citadel/protocol';
import type { MockPermissionState } from './types.js';

/** The citizen's scripted answers, checked before a handler runs. */
export interface PermissionGate {
  /** Throws `PERMISSION_DENIED` when the scripted answer refuses `method`, as a host would. */
  check(method: MethodName): void;
  /** True when `check(method)` would throw: the host has the capability, and the citizen or the manifest says no. */
  refuses(method: MethodName): boolean;
  /** The state of `permission` now. */
  state(permission: Permission): MockPermissionState;
  set(permission: Permission, state: MockPermissionState): void;
}

/**
 * `undeclared` refuses every method filed under the permission (the host's manifest check); `denied` refuses the
 * methods that ask the citizen (those whose registry errors list `PERMISSION_DENIED`), first with `remembered: false`,
 * then `true`, since a host remembers a refusal. `notifications.getPermission` only reads the grant, so it answers.
 */
export function createPermissionGate(initial: Partial<Readonly<Record<Permission, MockPermissionState>>> = {}): PermissionGate {
  const states = new Map<Permission, MockPermissionState>(Object.entries(initial) as Array<[Permission, MockPermissionState]>);
  const refused = new Set<Permission>();
  const state = (permission: Permission) => states.get(permission) ?? 'granted';
  const refuses = (method: MethodName) => {
    const { permission, errors } = methods[method];
    const current = permission ? state(permission) : 'granted';
    return current === 'undeclared' || (current === 'denied' && (errors as readonly string[]).includes(ErrorCode.PERMISSION_DENIED));
  };
  return {
    state,
    refuses,
    set(permission, next) {
      states.set(permission, next);
      refused.delete(permission);
    },
    check(method) {
      const { permission } = methods[method];
      if (!permission || !refuses(method)) return;
      if (state(permission) === 'undeclared') {
        throw new CitadelError(ErrorCode.PERMISSION_DENIED, `${method} needs the "${permission}" permission, which the app's manifest does not declare`,
          { permission, remembered: false, undeclared: true });
      }
      const remembered = refused.has(permission);
      refused.add(permission);
      throw new CitadelError(ErrorCode.PERMISSION_DENIED, `The citizen did not allow ${permission} for this app`, { permission, remembered });
    },
  };
}
