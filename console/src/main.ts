import { ConsoleAnalyticsScreen } from './analytics-screen.js';
import { ConsoleAppScreen } from './app-screen.js';
import { ConsoleChart } from './chart.js';
import { ConsoleOrgScreen } from './org-screen.js';
import { ConsoleOrgsScreen } from './orgs-screen.js';
import { ConsoleReviewScreen } from './review-screen.js';
import { ConsoleShell } from './shell.js';
import { ConsoleSignIn } from './sign-in.js';

/** Every element of the console, by tag name. */
const elements = {
  'citadel-console': ConsoleShell,
  'console-sign-in': ConsoleSignIn,
  'console-orgs-screen': ConsoleOrgsScreen,
  'console-org-screen': ConsoleOrgScreen,
  'console-app-screen': ConsoleAppScreen,
  'console-review-screen': ConsoleReviewScreen,
  'console-analytics-screen': ConsoleAnalyticsScreen,
  'console-chart': ConsoleChart,
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
    'console-analytics-screen': ConsoleAnalyticsScreen;
    'console-chart': ConsoleChart;
  }
}
