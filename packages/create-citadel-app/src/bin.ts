#!/usr/bin/env node
import { runCreate } from './program.js';

process.exitCode = await runCreate(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  cwd: process.cwd(),
});
