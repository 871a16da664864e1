import path from 'node:path';
import type { Plugin } from 'vite';

/** Where the report lands, relative to the build's output directory (beside Vite's own manifest). */
export const BUNDLE_REPORT_FILE = '.vite/bundle-report.json';

/** One JavaScript chunk of the build, as the size budgets need it. All file paths are relative to the output directory. */
export interface ReportChunk {
  file: string;
  name: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  /** Static imports: loaded together with this chunk. */
  imports: string[];
  /** Dynamic imports: loaded only when the code asks for them. */
  dynamicImports: string[];
  /** CSS files Vite loads with this chunk. */
  css: string[];
  /** npm packages with code in this chunk, by name ("react-dom", "@tanstack/query-core"). */
  packages: string[];
  /** The project's own modules in this chunk, relative to the project root ("src/app/routes/home.tsx"). */
  sources: string[];
  /**
   * Bytes each package (by name) or source module (by path) contributes to the
   * chunk, before minification: the shares of "where the bytes go".
   */
  renderedBytes: Record<string, number>;
}

export interface BundleReport {
  version: 1;
  chunks: ReportChunk[];
}

/** The npm package a module id belongs to, or undefined for the project's own modules. */
export function packageOf(moduleId: string): string | undefined {
  const clean = moduleId.replace(/\\/g, '/').replace(/^\0/, '');
  const at = clean.lastIndexOf('/node_modules/');
  if (at === -1) return undefined;
  const parts = clean.slice(at + '/node_modules/'.length).split('/');
  const first = parts[0] ?? '';
  return first.startsWith('@') ? `${first}/${parts[1] ?? ''}` : first;
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  name: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
  modules: Record<string, { renderedLength: number }>;
  viteMetadata?: { importedCss: Set<string> };
}

/** Builds the report from the chunks of a bundle; `root` makes the project's module ids relative. */
export function buildBundleReport(chunks: readonly ChunkLike[], root: string): BundleReport {
  return {
    version: 1,
    chunks: chunks
      .map((chunk) => {
        const packages = new Set<string>();
        const sources = new Set<string>();
        const renderedBytes: Record<string, number> = {};
        for (const id of chunk.moduleIds) {
          const pkg = packageOf(id);
          const source = !pkg && path.isAbsolute(id) ? path.relative(root, id).replace(/\\/g, '/') : undefined;
          if (pkg) packages.add(pkg);
          if (source) sources.add(source);
          const key = pkg ?? source ?? '(bundler runtime)';
          renderedBytes[key] = (renderedBytes[key] ?? 0) + (chunk.modules[id]?.renderedLength ?? 0);
        }
        return {
          file: chunk.fileName,
          name: chunk.name,
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          imports: [...chunk.imports],
          dynamicImports: [...chunk.dynamicImports],
          css: [...(chunk.viteMetadata?.importedCss ?? [])],
          packages: [...packages].sort(),
          sources: [...sources].sort(),
          renderedBytes,
        };
      })
      .sort((a, b) => a.file.localeCompare(b.file)),
  };
}

/**
 * Writes `.vite/bundle-report.json` into the build output: for each chunk, what
 * it imports statically and dynamically, its CSS, and which npm packages and
 * source files it holds. `npm run size` reads it to check the budgets of
 * QUALITY.md without a browser (Vite's manifest lists no modules, so it cannot
 * tell which chunk holds recharts). The file is not needed on the server.
 */
export function bundleReport(): Plugin {
  let root = process.cwd();
  return {
    name: 'lyct-bundle-report',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item): item is typeof item & ChunkLike => item.type === 'chunk');
      this.emitFile({
        type: 'asset',
        fileName: BUNDLE_REPORT_FILE,
        source: `${JSON.stringify(buildBundleReport(chunks, root), null, 2)}\n`,
      });
    },
  };
}
