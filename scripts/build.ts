/**
 * `npm run build`: dist/Code.js (one IIFE global plus generated custom-function wrappers), dist/Sidebar.html and
 * dist/appsscript.json for Apps Script; dist/cli.mjs (and its chunks in dist/cli/) for the command line.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG } from '../src/kpi/catalog';
import { workedExamples } from '../src/server/selftest/worked-examples';
import { buildCli } from './build-cli';
import { buildSidebarHtml } from './sidebar-build';
import { packedModule } from './pack-data';
import { stripDocumentation } from './strip-documentation';
import { allWrappers, serverWrappers } from './wrappers';
import { writeAtomically } from './write-atomically';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** The catalog's documentation-only text stays out of the bundle (see strip-documentation.ts). */
const withoutDocumentation: Plugin = {
  name: 'catalog-documentation',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]src[\\/]kpi[\\/].+\.ts$/ }, (args) => ({ contents: stripDocumentation(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' }));
  },
};

/** Pure tables (`*.data.ts`: header words, translations) gzipped, expanded on first use (see pack-data.ts). */
const packedTables: Plugin = {
  name: 'packed-tables',
  setup(plugin) {
    plugin.onLoad({ filter: /\.data\.ts$/ }, async (args) => ({ contents: await packedModule(args.path), loader: 'js' }));
  },
};

/** The self-test's worked examples as a literal list: the bundle has no catalog examples to compute it from. */
const workedExamplesLiteral: Plugin = {
  name: 'worked-examples',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]src[\\/]server[\\/]selftest[\\/]worked-examples\.ts$/ }, () => ({
      contents: `export const WORKED_EXAMPLES = ${JSON.stringify(workedExamples(CATALOG))};`,
      loader: 'ts',
    }));
  },
};

/** Bundles the server code into one IIFE that leaves a single global, KpiSheets. */
async function bundle(): Promise<string> {
  const result = await build({
    plugins: [withoutDocumentation, packedTables, workedExamplesLiteral],
    entryPoints: [join(root, 'src/server/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'KpiSheets',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    minifySyntax: true,
    minifyWhitespace: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

export async function buildAll(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const code = [
    '/** @OnlyCurrentDoc */',
    '// KPI Sheets: marketing and sales KPIs for Google Sheets. Built by `npm run build`; edit src/, not this file.',
    await bundle(),
    allWrappers(),
    serverWrappers(),
    '',
  ].join('\n');
  const write = (name: string, text: string): void => writeAtomically(join(dist, name), text);
  write('Code.js', code);
  write('Sidebar.html', await buildSidebarHtml());
  write('appsscript.json', readFileSync(join(root, 'appsscript.json'), 'utf8'));
  await buildCli();
}

await buildAll();
console.log('built dist/Code.js, dist/Sidebar.html, dist/appsscript.json and dist/cli.mjs');
