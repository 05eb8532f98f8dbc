import { ConsoleRecover } from './recover.js';
import { ConsoleSignUp } from './sign-up.js';

/** The sign-up and recovery screens, by tag name, for `main.ts` to define. */
export const accountElements = {
  'console-sign-up': ConsoleSignUp,
  'console-recover': ConsoleRecover,
} as const;

declare global {
  interface HTMLElementTagNameMap {
    'console-sign-up': ConsoleSignUp;
    'console-recover': ConsoleRecover;
  }
}
