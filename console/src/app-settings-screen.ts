import { html, type PropertyDeclarations } from 'lit';
import { settingsStrings, type SettingsStrings } from './app-settings-i18n.js';
import { paths } from './routes.js';
import { ConsoleScreen, link } from './screen.js';

/** A screen of one app's connection settings (its client secrets, its webhooks): the app, its words, the way back to it. */
export abstract class AppSettingsScreen extends ConsoleScreen {
  static override properties: PropertyDeclarations = { ...ConsoleScreen.properties, orgId: {}, appId: {} };
  declare orgId: string;
  declare appId: string;

  /** The settings screens' words in the person's language. */
  protected get s(): SettingsStrings {
    return settingsStrings(this.ctx.lang);
  }

  /** The link back to the app's screen. */
  protected backToApp() {
    return html`<p>${link(paths.app(this.orgId, this.appId), this.s.backToApp(this.appId), 'to-app')}</p>`;
  }
}
