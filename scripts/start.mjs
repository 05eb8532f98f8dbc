// `npm start`: install, build, and run the whole platform with its demo apps.
import { build } from './build.mjs';
import { run } from './lib/run.mjs';

build();
run('node', ['packages/server/dist/main.js']);
