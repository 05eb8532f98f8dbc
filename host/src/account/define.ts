import { definePasskeyElements } from '../passkeys/define.js';
import { defineElements, type TagsOf } from '../shared/define-elements.js';
import { CitadelAccountPage } from './account-page.js';
import { CitadelAccountProfile } from './profile-view.js';
import { CitadelPhoneForm } from './phone-form.js';
import { CitadelPinForm } from './pin-form.js';
import { CitadelRecoverForm } from './recover-form.js';
import { CitadelAccountSessions } from './sessions-view.js';
import { CitadelSignInDialog } from './sign-in-dialog.js';
import { CitadelSignInForm } from './sign-in-form.js';
import { CitadelSignUpForm } from './sign-up-form.js';
import { CitadelVerifyForm } from './verify-form.js';

const elements = {
  'citadel-account-page': CitadelAccountPage,
  'citadel-account-profile': CitadelAccountProfile,
  'citadel-account-sessions': CitadelAccountSessions,
  'citadel-sign-in-form': CitadelSignInForm,
  'citadel-sign-up-form': CitadelSignUpForm,
  'citadel-verify-form': CitadelVerifyForm,
  'citadel-recover-form': CitadelRecoverForm,
  'citadel-pin-form': CitadelPinForm,
  'citadel-phone-form': CitadelPhoneForm,
  'citadel-sign-in-dialog': CitadelSignInDialog,
} as const;

/** Registers the account screens' elements under their tag names; safe to call more than once. Load through `loadAccountScreens`. */
export const defineAccountElements = (): void => {
  defineElements(elements);
  definePasskeyElements();
};

declare global {
  interface HTMLElementTagNameMap extends TagsOf<typeof elements> {}
}
