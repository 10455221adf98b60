#!/usr/bin/env node
import { scanWorkerEntry } from '@mcp-secrets/scanner';

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  isTTY: process.stdout.isTTY === true,
};

// `mcp-secrets ... | head` closes the pipe before the output ends: stop quietly, as other CLIs do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

// This bundle is also the scan workers' script (audit --jobs): in a worker thread it only scans,
// and the CLI's own code (a chunk of its own) is not even loaded.
if (!scanWorkerEntry(__filename)) {
  void import('./cli')
    .then(({ runCli }) => runCli(process.argv.slice(2), io, process.env, process.cwd()))
    .then((code) => {
      process.exitCode = code;
    });
}
