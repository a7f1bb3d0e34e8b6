#!/usr/bin/env node
// `npx stock-status …`: the command-line tool, built from src/cli/ into dist/cli.js.
import { main } from '../dist/cli.js';

const io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };
process.exitCode = await main(process.argv.slice(2), process.env, io);
