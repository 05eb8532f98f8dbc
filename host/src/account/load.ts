/**
 * Loads and registers the account screens (sign in, sign up, profile, sessions, the sign-in
 * dialog). They are a separate chunk: a citizen who only browses services never downloads them.
 * The module system loads the chunk once; registering again is a no-op.
 */
export const loadAccountScreens = (): Promise<void> => import('./define.js').then((m) => m.defineAccountElements());
