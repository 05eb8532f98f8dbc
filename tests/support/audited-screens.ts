/**
 * Every screen of the host and of the demo mini-apps that a browser test audits with axe-core (`expectAccessible`,
 * `tests/support/axe.ts`), and the test file that does it, at the moment that file shows the screen. `expectAccessible`
 * takes only these names, and `tests/unit/audited-screens.test.ts` fails when a file listed here no longer names its
 * screen, so this list is the honest answer to "which screens does axe check" (issue 16). Vietnamese unless a name
 * says English (where the English layout differs: longer words). A new screen gets a name here and a call where a test
 * shows it.
 */
export const AUDITED_SCREENS = {
  // The host (host/src): home, sign-in and account.
  'home signed out': 'host/test/e2e.test.ts',
  'home signed out, English': 'host/test/e2e.test.ts',
  'home signed in, alerts on top, search results': 'host/test/home.test.ts',
  'home with recent apps': 'host/test/home.test.ts',
  'sign-in': 'host/test/accounts.test.ts',
  'sign-in, English': 'host/test/home.test.ts',
  'sign-up with a field error': 'host/test/accounts.test.ts',
  'sign-up code step': 'host/test/accounts.test.ts',
  'password recovery': 'host/test/accounts.test.ts',
  'account': 'host/test/accounts.test.ts',
  'account, English': 'host/test/accounts.test.ts',
  'account sessions': 'host/test/accounts.test.ts',
  'account security: phone and PIN': 'host/test/accounts.test.ts',
  'account security: PIN with a field error': 'host/test/payments.test.ts',
  'account passkeys': 'host/test/passkeys.test.ts',
  'account consents (linked apps)': 'host/test/consent.test.ts',
  'account consents with notification topics, location and storage': 'host/test/notifications.test.ts',
  'account consents with the location reads': 'host/test/location-consent.test.ts',
  'account consents, revoking everything asks about the data': 'host/test/location-consent.test.ts',
  // The host: inbox, wallet and the payment sheet.
  'inbox': 'host/test/reporting.test.ts',
  'inbox, English': 'host/test/notifications.test.ts',
  'wallet': 'host/test/payments.test.ts',
  'wallet offline with a refused top-up': 'host/test/offline.test.ts',
  'payment sheet, PIN not set': 'host/test/payments.test.ts',
  'payment sheet, short of money': 'host/test/payments.test.ts',
  'payment sheet, top-up': 'host/test/payments.test.ts',
  'payment sheet, ready': 'host/test/utilities.test.ts',
  'payment sheet, ready with a wrong PIN': 'host/test/payments.test.ts',
  // The host: alerts.
  'alerts list': 'host/test/alerts.test.ts',
  'alerts list with the wards declared': 'host/test/alerts-live.test.ts',
  'alert detail': 'host/test/alerts.test.ts',
  'alert detail, English': 'host/test/alerts.test.ts',
  'alert detail with its area map': 'host/test/maps.test.ts',
  'extreme alert dialog over an app': 'host/test/alerts.test.ts',
  'alert publishing refused to a citizen': 'host/test/alerts.test.ts',
  'alert publishing form with a field error': 'host/test/alerts.test.ts',
  'CAP file with its issues': 'host/test/alerts.test.ts',
  // The host around an app: the app view, prompts, notices.
  'location permission prompt': 'host/test/e2e.test.ts',
  'identity consent prompt': 'host/test/accounts.test.ts',
  'prompt chip over an app': 'host/test/consent.test.ts',
  'sign-in dialog over an app': 'host/test/accounts.test.ts',
  'app suspended notice': 'host/test/accounts.test.ts',
  'app updated notice': 'host/test/permission-update.test.ts',
  'app could not open notice': 'host/test/lazy-chunks.test.ts',
  'app closed for flooding notice': 'host/test/rate-abuse.test.ts',
  'offline banner': 'host/test/offline.test.ts',
  'update prompt': 'host/test/offline.test.ts',
  // The kitchen sink (miniapps/kitchen-sink), in the host's app view.
  'kitchen sink: device tab in the app view': 'host/test/e2e.test.ts',
  'kitchen sink: ui tab': 'host/test/e2e.test.ts',
  'kitchen sink: citizen tab': 'host/test/e2e.test.ts',
  'kitchen sink: more tab': 'host/test/e2e.test.ts',
  // Reporting (miniapps/reporting).
  'reporting: new report with a field error and a photo': 'host/test/errors-and-submits.test.ts',
  'reporting: new report with a photo and the map': 'host/test/reporting.test.ts',
  'reporting: sent': 'host/test/reporting.test.ts',
  'reporting: report waiting to send offline': 'host/test/reporting-offline.test.ts',
  'reporting: my reports': 'host/test/reporting.test.ts',
  'reporting: report detail': 'host/test/reporting.test.ts',
  'reporting: staff view': 'host/test/reporting.test.ts',
  'reporting: public feed': 'host/test/reporting.test.ts',
  'reporting: statistics': 'host/test/reporting.test.ts',
  // Utilities (miniapps/utilities).
  'utilities: accounts with a field error': 'host/test/errors-and-submits.test.ts',
  'utilities: accounts with a proof error': 'host/test/utilities.test.ts',
  'utilities: bills of an account': 'host/test/utilities.test.ts',
  'utilities: receipt after paying': 'host/test/utilities.test.ts',
  'utilities: outages': 'host/test/utilities.test.ts',
  // School (miniapps/school).
  'school: children': 'host/test/school.test.ts',
  'school: leave request form': 'host/test/school.test.ts',
  'school: leave request with a field error': 'host/test/errors-and-submits.test.ts',
  'school: leave request sent': 'host/test/school.test.ts',
  'school: leave request decided by the teacher': 'host/test/school.test.ts',
  "school: teacher's class": 'host/test/school.test.ts',
  'school: announcements': 'host/test/school.test.ts',
  'school: tuition': 'host/test/school.test.ts',
  'school: tuition receipt': 'host/test/school.test.ts',
  'school: transcript': 'host/test/school.test.ts',
  'school: phone number required': 'host/test/school.test.ts',
  // Tourism (miniapps/tourism).
  'tourism: places and search': 'host/test/tourism.test.ts',
  'tourism: near me with the map': 'host/test/tourism.test.ts',
  'tourism: near me, location refused': 'host/test/errors-and-submits.test.ts',
  'tourism: place': 'host/test/tourism.test.ts',
  'tourism: ticket paid': 'host/test/tourism.test.ts',
  'tourism: tickets': 'host/test/tourism.test.ts',
} as const;

/** The name of an audited screen. */
export type AuditedScreen = keyof typeof AUDITED_SCREENS;
