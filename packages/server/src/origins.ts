/** The platform's public origins, computed from the listening port. */
export interface Origins {
  readonly host: string;
  /** The developer console's origin, `http://console.<publicHost>:<port>`. */
  readonly console: string;
  app(id: string): string;
}

/**
 * Origins for `publicHost` on `port`: the host at `http://publicHost:port`, the developer console at
 * `http://console.publicHost:port`, apps at `http://<id>.apps.publicHost:port`.
 */
export function createOrigins(publicHost: string, port: () => number): Origins {
  const suffix = () => (port() === 80 ? '' : `:${port()}`);
  return {
    get host() {
      return `http://${publicHost}${suffix()}`;
    },
    get console() {
      return `http://console.${publicHost}${suffix()}`;
    },
    app: (id) => `http://${id}.apps.${publicHost}${suffix()}`,
  };
}
