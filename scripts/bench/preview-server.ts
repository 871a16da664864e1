import { spawn } from 'node:child_process';
import path from 'node:path';

export interface PreviewServer {
  origin: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = new Error(`HTTP ${response.status}`);
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The preview server did not answer at ${url} within ${timeoutMs / 1000} s: ${String(last)}`);
}

/** Serves a production build with `vite preview` on a fixed port (strict: fails if the port is taken). */
export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://localhost:${port}`;
  try {
    await Promise.race([
      waitFor(`${origin}/`, 30_000),
      exited.then(() => {
        throw new Error(`vite preview exited early:\n${output}`);
      }),
    ]);
  } catch (error) {
    child.kill();
    throw error;
  }
  // Never leave the server behind, whatever ends the benchmark.
  const killNow = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killNow);
  return {
    origin,
    async stop() {
      process.removeListener('exit', killNow);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
