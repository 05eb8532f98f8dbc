#!/usr/bin/env node
import { processOutput } from './output.js';
import { runCreate } from './program.js';

process.exitCode = await runCreate(process.argv.slice(2), {
  io: processOutput,
  interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  cwd: process.cwd(),
});
