// The one place the demo's ports are written. `npm start` serves the platform on `platformPort()`
// and each partner backend on its port below; the build gives each mini-app its backend's origin
// (VITE_BACKEND_ORIGIN) from the same table, so an app and its backend always agree.
// Tests use none of these: they bind port 0 (host/test/support/journey.ts).

/** The platform's port under `npm start`: `PORT` when set, else 8080. */
export function platformPort() {
  return port(process.env.PORT ?? '8080', 'PORT');
}

/** Each demo partner backend's port, by the app id of its mini-app. */
export const BACKEND_PORTS = Object.freeze({
  'kitchen-sink': 8090, // examples/partner-backend
  reporting: 8091,
  tourism: 8092,
  utilities: 8093,
  school: 8094,
});

/** The port of `appId`'s backend; throws, naming this file, for an app that has none here. */
export function backendPort(appId) {
  const assigned = Object.hasOwn(BACKEND_PORTS, appId) ? BACKEND_PORTS[appId] : undefined;
  if (assigned === undefined) throw new Error(`scripts/lib/demo-ports.mjs: no backend port for app "${appId}"; add it to BACKEND_PORTS`);
  return assigned;
}

/** The origin `appId`'s frontend calls its backend at, as its build receives it. */
export const backendOrigin = (appId) => `http://localhost:${backendPort(appId)}`;

function port(value, name) {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0 || number > 65535) throw new Error(`${name} must be a port number (1-65535): got ${value}`);
  return number;
}
