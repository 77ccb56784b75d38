// Runs the real `sme-readiness-collector` command as a child process for the crash, shutdown and CLI
// tests: start it, wait for the line that says where it listens, and collect what it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/sme-readiness-collector.js', import.meta.url));

export interface RunningCollector {
  child: ChildProcess;
  url: string;
  /** Milliseconds from spawn to the "listening on" line. */
  startedIn: number;
  stderr: () => string;
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startCollectorProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
): Promise<RunningCollector> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The collector did not start in ${timeoutMs} ms. stderr:\n${stderr}`));
    }, timeoutMs);
    child.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[1],
          startedIn: Date.now() - started,
          stderr: () => stderr,
          stdout: () => stdout,
          exited,
        });
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`The collector exited (${code}) before listening. stderr:\n${stderr}`));
    });
  });
}
