import '@citadel/ui/define';
import { devApi, type DevSession } from './dev-api.js';
import { CitadelDevInspector } from './inspector.js';
import { CitadelSimulator } from './simulator-shell.js';
import { words } from './strings.js';

customElements.define('citadel-dev-inspector', CitadelDevInspector);
customElements.define('citadel-simulator', CitadelSimulator);

try {
  const session = await devApi<DevSession>('session');
  const simulator = document.createElement('citadel-simulator') as CitadelSimulator;
  simulator.session = session;
  document.body.append(simulator);
} catch {
  const problem = document.createElement('p');
  problem.setAttribute('role', 'alert');
  problem.textContent = `${words('vi').unreachable} / ${words('en').unreachable}`;
  document.body.append(problem);
}
