/** dist/Sidebar.html as Apps Script will serve it: one self-contained file, small, no CSP meta, no markup from strings. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSidebarHtml, inlineIntoTemplate } from '../../scripts/sidebar-build';

const root = join(__dirname, '../..');
const sources = readdirSync(join(root, 'src/sidebar')).map((name) => [name, readFileSync(join(root, 'src/sidebar', name), 'utf8')] as const);
let html = '';

beforeAll(async () => {
  html = await buildSidebarHtml();
});

describe('dist/Sidebar.html', () => {
  it('is one file under 150 KB with one inline style and one inline script', () => {
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(150 * 1024);
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<style\b/gi)).toHaveLength(1);
    expect(html).toMatch(/<script>[^<]{1000,}/);
    expect(html).not.toContain('@inline');
  });

  it('loads nothing from anywhere and carries no CSP meta tag', () => {
    expect(html).not.toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|<iframe\b|@import|url\(|@font-face/i);
    expect(html).not.toMatch(/https?:\/\//i);
  });

  it('has no inline handlers, style attributes, eval or HTML parsing', () => {
    const markup = html.replace(/<script>[\s\S]*?<\/script>/, '').replace(/<style>[\s\S]*?<\/style>/, '');
    expect(markup).not.toMatch(/\son[a-z]+\s*=/i);
    expect(markup).not.toMatch(/\sstyle\s*=/i);
    const script = html.match(/<script>([\s\S]*?)<\/script>/)![1];
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*["']style|\.style\b|cssText/);
  });

  it('the sidebar sources never parse markup, set handlers or styles from script', () => {
    for (const [name, text] of sources) {
      expect(text, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|\.style\.|cssText|\.on[a-z]+\s*=/);
    }
  });

  it('the template holds the element ids the browser tests use', () => {
    for (const id of ['language', 'rebuild', 'use-selection', 'ranges', 'kpis', 'period', 'modes', 'build', 'status', 'error', 'result-link', 'notes']) {
      expect(html, id).toContain(`id="${id}"`);
    }
    expect(html).toMatch(/id="error"[^>]*role="alert"/);
  });

  it('inlining keeps the bundle as written and cannot close its element early', () => {
    const template = '<style>/*@inline sidebar.css*/</style><script>/*@inline main.ts*/</script>';
    expect(inlineIntoTemplate(template, 'a{}', 'x="$&$\'</script>"')).toBe('<style>a{}</style><script>x="$&$\'<\\/script>"</script>');
    expect(() => inlineIntoTemplate('<script></script>', '', '')).toThrow(/exactly once/);
  });
});
