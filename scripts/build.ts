/** `npm run build`: dist/Code.js (one IIFE global plus generated custom-function wrappers), dist/Sidebar.html and dist/appsscript.json. */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSidebarHtml } from './sidebar-build';
import { allWrappers, serverWrappers } from './wrappers';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Bundles the server code into one IIFE that leaves a single global, KpiSheets. */
async function bundle(): Promise<string> {
  const result = await build({
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
  writeFileSync(join(dist, 'Code.js'), code);
  writeFileSync(join(dist, 'Sidebar.html'), await buildSidebarHtml());
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
}

await buildAll();
console.log('built dist/Code.js, dist/Sidebar.html and dist/appsscript.json');
