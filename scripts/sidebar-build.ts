/** dist/Sidebar.html: the sidebar's TypeScript bundled by esbuild and inlined with its CSS into sidebar.html, one self-contained file. */
import { build, transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sidebar = join(root, 'src/sidebar');

const CSS_MARK = '/*@inline sidebar.css*/';
const JS_MARK = '/*@inline main.ts*/';

/** The sidebar's code: one browser IIFE, minified, no comments kept. */
async function bundleScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(sidebar, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  return result.outputFiles[0].text.trim();
}

async function minifyStyle(): Promise<string> {
  const result = await transform(readFileSync(join(sidebar, 'sidebar.css'), 'utf8'), { loader: 'css', minify: true, legalComments: 'none', charset: 'utf8' });
  return result.code.trim();
}

/** The template with the CSS and the script in place of their marks; the code may not end its element early. */
export function inlineIntoTemplate(template: string, css: string, js: string): string {
  for (const mark of [CSS_MARK, JS_MARK]) {
    if (template.split(mark).length !== 2) throw new Error(`sidebar.html must hold ${mark} exactly once`);
  }
  const safeJs = js.replace(/<\/(script)/gi, '<\\/$1');
  const safeCss = css.replace(/<\/(style)/gi, '<\\/$1');
  if (/<!--|<\/script/i.test(safeJs) || /<\/style/i.test(safeCss)) throw new Error('the sidebar bundle holds markup that would end its inline element');
  // Functions as replacements: the bundle's "$&" or "$'" must stay as written.
  return template.replace(CSS_MARK, () => safeCss).replace(JS_MARK, () => safeJs);
}

/** The whole dist/Sidebar.html. */
export async function buildSidebarHtml(): Promise<string> {
  const [js, css] = await Promise.all([bundleScript(), minifyStyle()]);
  return inlineIntoTemplate(readFileSync(join(sidebar, 'sidebar.html'), 'utf8'), css, js);
}
