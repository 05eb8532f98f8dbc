#!/usr/bin/env node
import { processOutput } from './output.js';
import { citadelProgram } from './program.js';

await citadelProgram(process.env, processOutput).parseAsync(process.argv);
