import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** The built CLI (batch workers load the built worker module, so CLI tests run dist/, as users do). */
export const CLI = join(root, 'dist', 'cli.js');

/** Builds dist/ when it is missing (`npm test` builds before the unit tests). */
export function ensureBuilt(): void {
  if (!existsSync(join(root, 'dist', 'cli-worker.js'))) spawnSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' });
}

/** What a CLI run gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The non-empty lines of standard output. */
  readonly lines: string[];
}

/**
 * Runs the built CLI.
 * @param args - its arguments
 * @param input - standard input (a pipe; empty when not given)
 * @param env - extra environment variables
 */
export function runCli(args: readonly string[], input = '', env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, TZ: 'UTC', ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stdout.split('\n').filter((line) => line.length > 0),
  };
}
