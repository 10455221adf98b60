#!/usr/bin/env node
import { runCli } from './cli';

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  isTTY: process.stdout.isTTY === true,
};

void runCli(process.argv.slice(2), io, process.env, process.cwd()).then((code) => {
  process.exitCode = code;
});
