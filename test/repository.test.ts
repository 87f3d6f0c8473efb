/** The repository is self-contained: nothing it runs reads a file outside it. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'dist', '.git', '.tmp', 'fixtures']);

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (SKIP.has(name)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mjs|js|json)$/.test(name) || name === 'run' ? [path] : [];
  });
}

describe('the repository', () => {
  it('reads no file outside itself: no path climbs above the project folder', () => {
    const files = ['src', 'test', 'bench', 'scripts', 'bin', '.ci'].flatMap((folder) => sources(join(root, folder)));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => /\.\.\/(\.\.\/)*shared\b|['"`]\.\.\/\.\.\/\.\.\/\.\.\//.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
