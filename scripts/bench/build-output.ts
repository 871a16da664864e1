import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_REPORT_FILE, type BundleReport } from './bundle-report-plugin';
import type { FileSize } from './size-budgets';

export interface BuildOutput {
  outDir: string;
  report: BundleReport;
  /** JS, CSS and font files, by path relative to outDir with forward slashes. */
  sizes: Map<string, FileSize>;
  cssTexts: Map<string, string>;
}

const MEASURED = /\.(m?js|css|woff2?|ttf|otf|eot)$/i;

function walk(dir: string, base: string, out: string[]) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.vite') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else if (MEASURED.test(entry.name)) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
}

/** The gzip size the budgets use: zlib at level 9, the most a server would compress. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Reads a finished build: the bundle report the Vite plugin wrote, and the size of every JS, CSS and font file. */
export function readBuildOutput(outDir: string): BuildOutput {
  const reportPath = path.join(outDir, BUNDLE_REPORT_FILE);
  if (!existsSync(reportPath)) {
    throw new Error(
      `${reportPath} is missing. Build first (npm run build, or LYCT_OUT_DIR=${outDir} npx vite build); the lyct-bundle-report plugin in vite.config.ts writes it.`,
    );
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as BundleReport;
  const files: string[] = [];
  walk(outDir, outDir, files);
  const sizes = new Map<string, FileSize>();
  const cssTexts = new Map<string, string>();
  for (const file of files.sort()) {
    const data = readFileSync(path.join(outDir, file));
    sizes.set(file, { raw: data.length, gzip: gzipSize(data) });
    if (file.endsWith('.css')) cssTexts.set(file, data.toString('utf8'));
  }
  return { outDir, report, sizes, cssTexts };
}

export interface SyntaxCheck {
  ok: boolean;
  files: number;
  output: string;
}

/**
 * The ES2020 syntax check of QUALITY.md ("old browsers"), with es-check:
 * the bundled chunks as modules, any other script (config.js) as a classic script.
 */
export function checkEs2020(outDir: string, jsFiles: readonly string[]): SyntaxCheck {
  const cli = path.resolve('node_modules/es-check/lib/cli/index.js');
  const modules = jsFiles.filter((f) => f.startsWith('assets/'));
  const scripts = jsFiles.filter((f) => !f.startsWith('assets/'));
  const outputs: string[] = [];
  let ok = true;
  for (const [files, asModule] of [
    [modules, true],
    [scripts, false],
  ] as const) {
    if (files.length === 0) continue;
    const args = [
      cli,
      'es2020',
      ...(asModule ? ['--module'] : []),
      '--noColor',
      ...files.map((f) => path.join(outDir, f)),
    ];
    try {
      outputs.push(execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    } catch (error) {
      ok = false;
      const e = error as { stdout?: string; stderr?: string };
      // Keep the lines that name the file and the position; drop acorn's stack traces.
      const text = `${e.stdout ?? ''}${e.stderr ?? ''}`
        .split('\n')
        .filter((line) => !/^\s+at /.test(line) && line.trim() !== '')
        .join('\n');
      outputs.push(text);
    }
  }
  return { ok, files: jsFiles.length, output: outputs.join('\n').trim() };
}
