/**
 * Builds the app's own font, "LYCT Sans": Noto Sans SC Regular (OFL) cut down
 * to the characters the interface and the bundled dataset use, so that Chinese
 * renders the same on screen and in every export on a machine with no Chinese
 * system font. Runs offline in well under a second (harfbuzz in WebAssembly).
 * See docs/decisions (font strategy) for why WOFF 1 and one weight.
 *
 *   npx tsx scripts/build-font-subset.ts
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { collectCharacters, isSubsetSource } from './font-characters';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'fonts');
const FONT_FILE = 'lyct-sans-400.woff';
const SOURCE_FONT = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
const LICENSE = '@expo-google-fonts/noto-sans-sc/LICENSE_FONT';
/** QUALITY.md: all fonts together at most 400 KB. */
const BUDGET_BYTES = 400 * 1024;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

function sourceTexts(): { files: number; texts: string[] } {
  const candidates = [
    ...listFiles(join(ROOT, 'src')),
    ...listFiles(join(ROOT, 'public', 'data')),
    join(ROOT, 'index.html'),
  ];
  const files = candidates.filter((path) => isSubsetSource(relative(ROOT, path)));
  return { files: files.length, texts: files.map((path) => readFileSync(path, 'utf8')) };
}

async function main(): Promise<void> {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  let fontPath: string;
  try {
    fontPath = require.resolve(SOURCE_FONT);
  } catch {
    throw new Error(
      `The source font ${SOURCE_FONT} is missing: run \`npm ci\` first (it comes from the npm registry).`,
    );
  }
  const { files, texts } = sourceTexts();
  const chars = collectCharacters(texts);
  const subset = await subsetFont(readFileSync(fontPath), chars, {
    targetFormat: 'woff',
    // Only kerning: the layout closure of every feature (vertical forms,
    // Japanese and Korean locl variants, small caps…) would add unseen glyphs,
    // and the SVG export draws glyphs by character, so substitutions would not
    // match the screen anyway.
    keepFeatures: ['kern'],
    dropTables: ['vhea', 'vmtx'],
  });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, FONT_FILE), subset);
  writeFileSync(join(OUT_DIR, 'OFL.txt'), readFileSync(require.resolve(LICENSE)));
  const kb = (subset.length / 1024).toFixed(1);
  const ms = Math.round(performance.now() - started);
  console.log(`fonts: ${FONT_FILE} ${kb} KB, ${[...chars].length} characters from ${files} files, ${ms} ms`);
  if (subset.length > BUDGET_BYTES) {
    console.warn(`fonts: ${FONT_FILE} is over the 400 KB budget of QUALITY.md; see the font decision record.`);
  }
}

await main();
