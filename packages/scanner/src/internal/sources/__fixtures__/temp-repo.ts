// Temporary git repositories for source tests, on the shared test helper (test/support/temp-repo),
// with fixed commit dates: the tests assert the Date of history findings.
import { rmSync } from 'node:fs';
import { gitWith, tempDir, writeFiles } from '../../../../../../test/support/temp-repo';

const COMMIT_DATE = '2024-01-02T03:04:05Z';

export class TempRepo {
  readonly dir = tempDir('scanner-repo-');

  git(...args: string[]): string {
    return gitWith({ date: COMMIT_DATE }, this.dir, ...args).trim();
  }

  init(): this {
    this.git('init', '-q', '-b', 'main');
    return this;
  }

  write(path: string, text: string): this {
    writeFiles(this.dir, { [path]: text });
    return this;
  }

  /** Commits everything and returns the new commit's sha. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
