import { accountElements } from './account-elements.js';
import { ConsoleAnalyticsScreen } from './analytics-screen.js';
import { ConsoleAppScreen } from './app-screen.js';
import { ConsoleCredentialsScreen } from './credentials-screen.js';
import { ConsoleChart } from './chart.js';
import { ConsoleOrgScreen } from './org-screen.js';
import { ConsoleOperatorScreen } from './operator-screen.js';
import { ConsoleOrgsScreen } from './orgs-screen.js';
import { ConsolePaymentsScreen } from './payments-screen.js';
import { ConsoleReviewScreen } from './review-screen.js';
import { ConsoleShell } from './shell.js';
import { ConsoleSignIn } from './sign-in.js';
import { ConsoleWebhooksScreen } from './webhooks-screen.js';

/** Every element of the console, by tag name. */
const elements = {
  'citadel-console': ConsoleShell,
  'console-sign-in': ConsoleSignIn,
  'console-orgs-screen': ConsoleOrgsScreen,
  'console-org-screen': ConsoleOrgScreen,
  'console-app-screen': ConsoleAppScreen,
  'console-review-screen': ConsoleReviewScreen,
  'console-operator-screen': ConsoleOperatorScreen,
  'console-payments-screen': ConsolePaymentsScreen,
  'console-credentials-screen': ConsoleCredentialsScreen,
  'console-webhooks-screen': ConsoleWebhooksScreen,
  'console-analytics-screen': ConsoleAnalyticsScreen,
  'console-chart': ConsoleChart,
  ...accountElements,
} as const;

for (const [name, element] of Object.entries(elements)) customElements.define(name, element);

declare global {
  interface HTMLElementTagNameMap {
    'citadel-console': ConsoleShell;
    'console-sign-in': ConsoleSignIn;
    'console-orgs-screen': ConsoleOrgsScreen;
    'console-org-screen': ConsoleOrgScreen;
    'console-app-screen': ConsoleAppScreen;
    'console-review-screen': ConsoleReviewScreen;
    'console-operator-screen': ConsoleOperatorScreen;
    'console-payments-screen': ConsolePaymentsScreen;
    'console-credentials-screen': ConsoleCredentialsScreen;
    'console-webhooks-screen': ConsoleWebhooksScreen;
    'console-analytics-screen': ConsoleAnalyticsScreen;
    'console-chart': ConsoleChart;
  }
}
