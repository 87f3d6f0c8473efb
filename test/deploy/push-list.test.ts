/**
 * What `npm run deploy` uploads, from clasp's own file listing (clasp 3's `initClaspInstance` + `collectLocalFiles`,
 * the code `clasp push` runs before it calls the Apps Script API), without the network.
 *
 * The rules live in `.claspignore` at the project root (clasp reads it from the folder of `.clasp.json` and matches
 * it against paths inside `rootDir`, here dist/): everything is ignored except Code.js, Sidebar.html and
 * appsscript.json. `.clasp.json` names dist/ as rootDir and carries no scriptId until the user creates or clones a
 * script (clasp's create-script and clone refuse to run over a project that has one).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claspPushList, PUSHED_FILES, scriptIdOf } from '../../scripts/clasp-files';

const root = join(__dirname, '../..');
const EXPECTED = [
  { path: 'dist/appsscript.json', remoteName: 'appsscript', type: 'JSON' },
  { path: 'dist/Code.js', remoteName: 'Code', type: 'SERVER_JS' },
  { path: 'dist/Sidebar.html', remoteName: 'Sidebar', type: 'HTML' },
];
/** Files a developer might leave in dist/: each must stay on the machine. */
const STRAYS = ['notes.txt', 'Code.js.map', 'extra.js', 'old.gs', 'Sidebar.html.bak', 'sub/Code.js', 'sub/Page.html', '.Code.js.4242.tmp', 'appsscript.json~'];

let scratch = '';

/** A copy of the project's clasp configuration and built dist/ in a scratch folder, with the stray files added. */
function scratchProject(name: string, withIgnoreFile: boolean): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'dist/sub'), { recursive: true });
  copyFileSync(join(root, '.clasp.json'), join(dir, '.clasp.json'));
  if (withIgnoreFile) copyFileSync(join(root, '.claspignore'), join(dir, '.claspignore'));
  for (const file of ['Code.js', 'Sidebar.html', 'appsscript.json']) copyFileSync(join(root, 'dist', file), join(dir, 'dist', file));
  for (const stray of STRAYS) writeFileSync(join(dir, 'dist', stray), '// not part of the add-on\n');
  return dir;
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
  scratch = mkdtempSync(join(tmpdir(), 'kpi-sheets-clasp-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('what clasp push uploads', () => {
  it('from this repository: exactly dist/Code.js, dist/Sidebar.html and dist/appsscript.json', async () => {
    expect(await claspPushList(root)).toEqual(EXPECTED);
    expect([...PUSHED_FILES].sort()).toEqual(EXPECTED.map((file) => file.path).sort());
  });

  it('with stray files in dist/ (a source map, notes, another script, subfolders, temporaries): still exactly those three', async () => {
    expect(await claspPushList(scratchProject('with-ignore', true))).toEqual(EXPECTED);
  });

  it("without .claspignore, clasp's default rules would push the stray scripts and pages too", async () => {
    const paths = (await claspPushList(scratchProject('without-ignore', false))).map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['dist/extra.js', 'dist/old.gs', 'dist/sub/Code.js', 'dist/sub/Page.html', ...PUSHED_FILES]));
    expect(paths).not.toContain('dist/notes.txt');
  });

  it('.clasp.json points at dist/ and holds no script id, so create-script and clone can write one', async () => {
    const config = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
    expect(config).toEqual({ rootDir: 'dist' });
    expect(await scriptIdOf(root)).toBeNull();
  });

  it('npm run deploy builds, then pushes with --force (no manifest prompt) through scripts/deploy.ts', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.deploy).toBe('npm run build && tsx scripts/deploy.ts');
    const deploy = readFileSync(join(root, 'scripts/deploy.ts'), 'utf8');
    expect(deploy).toContain("[CLASP, 'push', '--force', '--json']");
  });
});
