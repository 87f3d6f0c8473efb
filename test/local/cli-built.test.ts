/** The command line as people run it: dist/cli.mjs, built by `npm run build`, as a child process, and `npx kpi-sheets`. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli';

const root = join(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'kpi-cli-built-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let built: string[] = [];
beforeAll(async () => {
  built = await buildCli();
});

/** Runs `node dist/cli.mjs ARGS` with the system locale `lang` (LC_ALL and LC_MESSAGES unset). */
function cli(args: string[], lang = 'C.UTF-8', script = join(root, 'dist/cli.mjs')): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const result = spawnSync(process.execPath, [script, ...args], { cwd: work, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/cli.mjs', () => {
  it('is built by npm run build apart from dist/Code.js: the entry and its chunks, no npm package inside', () => {
    expect(built[built.length - 1]).toBe(join('dist', 'cli.mjs'));
    expect(built.slice(0, -1).every((path) => path.startsWith(join('dist', 'cli', '')))).toBe(true);
    expect(readFileSync(join(root, 'scripts/build.ts'), 'utf8')).toMatch(/await buildCli\(\)/);
    const chunks = built.map((path) => readFileSync(join(root, path), 'utf8')).join('\n');
    expect(chunks).toMatch(/from "hyperformula"/);
    expect(chunks).toMatch(/from "exceljs"/);
    expect(chunks).not.toMatch(/class HyperFormula\b/);
    // The entry loads the formula engine and the workbook reader only for a summary.
    expect(readFileSync(join(root, 'dist/cli.mjs'), 'utf8')).not.toMatch(/hyperformula|exceljs/);
  });

  it('--help exits 0 with every option and an example each, in the language of --lang or of the system', () => {
    const english = cli(['--help']);
    expect(english.status).toBe(0);
    expect(english.stderr).toBe('');
    for (const option of ['--out summary.xlsx', '--kpis CAC,CPL,NPS', '--mode values', '--period month', '--lang fa', '--target CAC=25000', '--locale ru_RU', '--time-zone Asia/Tehran']) {
      expect(english.stdout).toContain(`e.g. ${option}`);
    }
    const persian = cli(['summary', '-h'], 'fa_IR.UTF-8');
    expect(persian.status).toBe(0);
    expect(persian.stdout).toContain('گزینه‌ها:');
    expect(persian.stdout).toContain('مثال: --period month');
    const russian = cli(['--help', '--lang', 'ru'], 'fa_IR.UTF-8');
    expect(russian.stdout).toContain('например: --period month');
    const arabic = cli(['--help'], 'ar_SA.UTF-8');
    expect(arabic.stdout).toContain('مثال: --out summary.xlsx');
  });

  it('an unknown option: exit 2, one line saying "unknown option", nothing on stdout', () => {
    const result = cli(['summary', 'data.csv', '--out', 'o.xlsx', '--colour', 'red']);
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'kpi-sheets: unknown option --colour; kpi-sheets --help lists the options\n' });
    expect(cli(['summary', 'data.csv', '--colour'], 'ru_RU.UTF-8').stderr).toBe('kpi-sheets: неизвестный параметр --colour; список параметров: kpi-sheets --help\n');
  });

  it('refuses --out x.csv, and a missing --out folder, in one line', () => {
    writeFileSync(join(work, 'data.csv'), 'Cost,Leads\n100,10\n');
    expect(cli(['summary', 'data.csv', '--out', 'x.csv'])).toEqual({ status: 2, stdout: '', stderr: 'kpi-sheets: --out x.csv: the output is an .xlsx workbook; name it x.xlsx\n' });
    const missing = cli(['summary', 'data.csv', '--out', join('nowhere', 'o.xlsx')]);
    expect(missing).toEqual({ status: 2, stdout: '', stderr: `kpi-sheets: cannot write ${join('nowhere', 'o.xlsx')}: folder ${join(work, 'nowhere')} does not exist\n` });
    expect(missing.stderr).not.toMatch(/ENOENT/);
    expect(existsSync(join(work, 'x.csv'))).toBe(false);
  });

  it('without a command: the usage line, exit 2', () => {
    expect(cli([])).toEqual({ status: 2, stdout: '', stderr: 'usage: kpi-sheets summary INPUT.xlsx|INPUT.csv --out OUTPUT.xlsx [options]; kpi-sheets --help lists the options\n' });
  });
});

describe('npx kpi-sheets', () => {
  it('runs the built command from the repository', () => {
    const input = join(work, 'npx.csv');
    writeFileSync(input, 'Cost,Clicks\n400000,2000\n');
    const result = spawnSync('npx', ['kpi-sheets', 'summary', input, '--out', join(work, 'npx.xlsx'), '--kpis', 'CPC', '--lang', 'en'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/npx\.xlsx: "KPI Summary" with 1 KPIs \(portable\) from npx!A1:B2\n$/);
    expect(result.status).toBe(0);
  });

  it('says in one line to run npm run build when dist/cli.mjs is missing', () => {
    // A copy of bin/ with no dist/ beside it.
    mkdirSync(join(work, 'unbuilt/bin'), { recursive: true });
    copyFileSync(join(root, 'bin/kpi-sheets.mjs'), join(work, 'unbuilt/bin/kpi-sheets.mjs'));
    const script = join(work, 'unbuilt/bin/kpi-sheets.mjs');
    expect(cli(['--help'], 'C.UTF-8', script)).toEqual({ status: 2, stdout: '', stderr: 'kpi-sheets: dist/cli.mjs is not built; run npm run build first\n' });
    expect(cli(['--help'], 'fa_IR.UTF-8', script).stderr).toBe('kpi-sheets: فایل dist/cli.mjs ساخته نشده است؛ اول npm run build را اجرا کنید\n');
  });

  it('runs an older build with a one-line warning when a source is newer than dist/cli.mjs', () => {
    // A copy of bin/ beside a stand-in dist/cli.mjs and one source file.
    for (const folder of ['stale/bin', 'stale/dist', 'stale/src/local']) mkdirSync(join(work, folder), { recursive: true });
    copyFileSync(join(root, 'bin/kpi-sheets.mjs'), join(work, 'stale/bin/kpi-sheets.mjs'));
    writeFileSync(join(work, 'stale/dist/cli.mjs'), "console.log('ran', process.argv.slice(2).join(' '));\n");
    writeFileSync(join(work, 'stale/src/local/cli.ts'), '');
    const script = join(work, 'stale/bin/kpi-sheets.mjs');
    utimesSync(join(work, 'stale/dist/cli.mjs'), 1_000_000, 1_000_000);
    utimesSync(join(work, 'stale/src/local/cli.ts'), 2_000_000, 2_000_000);
    expect(cli(['--help'], 'C.UTF-8', script)).toEqual({ status: 0, stdout: 'ran --help\n', stderr: 'kpi-sheets: dist/cli.mjs is older than src/ (run npm run build); running the older build\n' });
    utimesSync(join(work, 'stale/dist/cli.mjs'), 3_000_000, 3_000_000);
    expect(cli(['--help'], 'C.UTF-8', script)).toEqual({ status: 0, stdout: 'ran --help\n', stderr: '' });
  });
});
