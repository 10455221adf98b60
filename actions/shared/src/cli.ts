import { runCli } from '@mcp-secrets/cli';

/** The mcp-secrets command on this process's terminal; its exit code becomes the process's. */
export async function run(bundle: string): Promise<void> {
  // `mcp-secrets ... | head` closes the pipe before the output ends: stop quietly, as other CLIs do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  const io = {
    out: (text: string) => void process.stdout.write(text),
    err: (text: string) => void process.stderr.write(text),
    color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    isTTY: process.stdout.isTTY === true,
  };
  process.exitCode = await runCli(process.argv.slice(2), io, process.env, process.cwd(), bundle);
}
