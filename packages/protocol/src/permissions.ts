/**
 * The grants a method can need. A mini-app's manifest declares each one it uses with a
 * reason shown to the citizen; a method filed under an undeclared permission is refused.
 */
export const Permission = {
  location: 'location',
  identity: 'identity',
  payments: 'payments',
  notifications: 'notifications',
} as const;

/** One of the grants a bridge method can require. */
export type Permission = (typeof Permission)[keyof typeof Permission];

/** Every permission name, for schemas and docs. */
export const permissionNames = Object.values(Permission) as [Permission, ...Permission[]];
