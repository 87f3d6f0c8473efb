/**
 * The command line built ahead: dist/cli.mjs (options, messages, file checks) and the chunks it loads in dist/cli/
 * (the summary builder, loaded only for a summary). npm packages (HyperFormula, ExcelJS) stay imports from
 * node_modules. Separate from dist/Code.js, which never holds command-line code; clasp pushes neither.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from './write-atomically';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Bundles scripts/cli.ts into dist/cli.mjs plus dist/cli/*.mjs; returns the paths written, relative to the root. */
export async function buildCli(): Promise<string[]> {
  const result = await build({
    entryPoints: { cli: join(root, 'scripts/cli.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'cli/[name]-[hash]',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  mkdirSync(join(dist, 'cli'), { recursive: true });
  // Chunks first, the entry last, each written to a temporary name and renamed: a parallel build or run never reads half a file.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === join(dist, 'cli.mjs')) - Number(b.path === join(dist, 'cli.mjs')));
  for (const file of files) writeAtomically(file.path, file.contents);
  // Chunks of earlier builds go (a chunk's name carries its content's hash); temporary files of a parallel build stay.
  const written = new Set(files.map((file) => basename(file.path)));
  for (const name of readdirSync(join(dist, 'cli'))) if (!name.startsWith('.') && !written.has(name)) rmSync(join(dist, 'cli', name), { force: true });
  return files.map((file) => relative(root, file.path));
}
