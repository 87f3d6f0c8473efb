/**
 * Help → Check the add-on, as `npm run selftest` runs it: the built dist/Code.js in a node:vm context over the fake
 * spreadsheet, runSelfTest called as the sidebar calls it. It passes; it fails when a function's result is perturbed;
 * a throw midway is a row of the report; and every time the workbook is byte for byte as it was (its snapshot and
 * every part of its .xlsx export), a summary the user built before included.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/kpi/catalog';
import type { FakeSpreadsheet } from '../../src/local/fake';
import { runSelfTestOnFake, type SelfTestOnFake } from '../../src/local/selftest';
import type { SidebarBuildResult } from '../../src/server/rpc-types';
import { SELF_TEST_VIEW } from '../../src/server/selftest/page';
import { allPassed, makeReport, type SelfTestResult } from '../../src/server/selftest/report';
import { workedExamples } from '../../src/server/selftest/worked-examples';
import { LAST_SUMMARY_PROPERTY, OWNER_KEY, REQUEST_PREFIX } from '../../src/server/summary-record';

const root = join(__dirname, '../..');

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
});

/** A summary of the user's own, built before the check through the sidebar's RPC: its sheet, names and properties must survive. */
function userSummary(context: vm.Context, fake: FakeSpreadsheet): void {
  const range = fake.spreadsheet.getSheetByName('Campaigns')!.getDataRange().getA1Notation();
  const build = context.sidebarBuild as (request: unknown) => SidebarBuildResult;
  build({ ranges: [`Campaigns!${range}`], roles: {}, kpis: ['CAC', 'ROAS'], targets: { CAC: 500 }, period: 'month', mode: 'live', language: 'en' });
}

const failedLabels = (result: SelfTestResult): string[] => makeReport(result, 'en').groups.flatMap((group) => group.rows.filter((row) => !row.pass).map((row) => row.label));
const gotOf = (result: SelfTestResult, label: string): string => makeReport(result, 'en').groups.flatMap((group) => group.rows).find((row) => row.label === label)!.got;

/** Before and after, nothing the check made is left: the user's summary, its names and properties, as they were. */
function expectAsItWas(run: SelfTestOnFake): void {
  expect(run.differences).toEqual([]);
  const names = run.fake.spreadsheet.getSheets().map((sheet) => sheet.getName());
  expect(names.filter((name) => /self-test|KPI Summary \(/.test(name))).toEqual([]);
}

describe('npm run selftest: the self-test over the fake', () => {
  let passing: SelfTestOnFake;

  it('passes every check over the sample workbook, a summary of the user\'s in it, and leaves the workbook byte for byte as it was', async () => {
    passing = await runSelfTestOnFake({ prepare: userSummary });
    expect(failedLabels(passing.result)).toEqual([]);
    expect(allPassed(passing.result)).toBe(true);
    expectAsItWas(passing);
    const report = makeReport(passing.result, 'en');
    expect(report.groups.map((group) => group.group)).toEqual(['environment', 'examples', 'tables', 'summary', 'cleanup']);
    // Every worked example of the catalog that a cell can run as written, through the sheet.
    expect(report.groups.find((group) => group.group === 'examples')!.rows.map((row) => row.label)).toEqual(workedExamples(CATALOG).map((example) => `=${example.call}`));
    expect(report.groups.find((group) => group.group === 'examples')!.rows.length).toBeGreaterThanOrEqual(37);
    expect(report.summary).toBe(`All ${passing.result.checks.length} checks passed in ${(passing.result.elapsedMs / 1000).toFixed(1)} s.`);
    expect(gotOf(passing.result, '=BGNBD_FIT(M2:M237,N2:N237,O2:O237) · BG/NBD fit on 236 CDNOW customers')).toBe('1 × 5: 0.2433365755, 3.563745578, 0.7010089632, 2.904534198, -1079.536743');
    expect(gotOf(passing.result, 'CAC: live, portable and values agree')).toBe('57.14285714 | 50 | 80 | 50');
    expect(gotOf(passing.result, 'Trend chart (portable) is one series over the periods')).toBe('1 series over 2024-01-01, 2024-02-01, 2024-03-01');
    // The user's summary is still the one Rebuild means.
    const properties = passing.fake.PropertiesService.getDocumentProperties();
    const summary = passing.fake.spreadsheet.getSheetByName('KPI Summary')!;
    expect(properties.getProperty(LAST_SUMMARY_PROPERTY)).toBe(String(summary.getSheetId()));
    expect(Object.keys(properties.getProperties()).filter((key) => key.startsWith(REQUEST_PREFIX))).toEqual([`${REQUEST_PREFIX}${summary.getSheetId()}`]);
    // Apps Script stops a call after 6 minutes; over the fake the whole check takes a few seconds at most.
    expect(passing.milliseconds).toBeLessThan(60_000);
    console.log(`self-test on the fake: ${passing.milliseconds} ms, ${passing.result.checks.length} checks`);
  });

  it('passes in a Persian spreadsheet in Tehran, and says so in Persian', async () => {
    const run = await runSelfTestOnFake({ locale: 'fa_IR', userLocale: 'fa', timeZone: 'Asia/Tehran' });
    expect(failedLabels(run.result)).toEqual([]);
    expectAsItWas(run);
    expect(run.result.language).toBe('fa');
    const report = makeReport(run.result);
    expect(report.summary).toMatch(/^هر \d+ بررسی در [\d.]+ ثانیه درست بود\.$/);
    expect(report.text.split('\n')[3]).toBe('بررسی\tمورد انتظار\tبه‌دست‌آمده\tنتیجه');
    expect(gotOf(run.result, 'Spreadsheet time zone')).toBe('Asia/Tehran');
  });

  it('fails when a function\'s result is perturbed: the example of CAC, and nothing else; the workbook is as it was', async () => {
    const run = await runSelfTestOnFake({ perturb: 'CAC', prepare: userSummary });
    expect(failedLabels(run.result)).toEqual(['=CAC(1000000, 40)']);
    expect(gotOf(run.result, '=CAC(1000000, 40)')).toBe('25250');
    expect(makeReport(run.result).summary).toMatch(/^1 of \d+ checks failed in [\d.]+ s; the first: =CAC\(1000000, 40\)\.$/);
    expectAsItWas(run);
  });

  it('fails when the function a live summary calls is perturbed: the three modes no longer agree', async () => {
    const run = await runSelfTestOnFake({ perturb: 'KPI_BY_PERIOD' });
    expect(failedLabels(run.result)).toEqual(['CAC: live, portable and values agree', 'CPL: live, portable and values agree', 'ROAS: live, portable and values agree']);
    expect(gotOf(run.result, 'CAC: live, portable and values agree')).toBe('live 57.71428571 | 50.5 | 80.8 | 50.5; portable 57.14285714 | 50 | 80 | 50; values 57.14285714 | 50 | 80 | 50');
    expectAsItWas(run);
  });

  it('a throw midway (the portable build, after the live summary made its sheet, names and properties) is a failed row; all is removed', async () => {
    let accesses = 0;
    const run = await runSelfTestOnFake({
      prepare: (context, fake) => {
        userSummary(context, fake);
        const charts = context.Charts as { ChartType: unknown; ChartMergeStrategy: unknown };
        context.Charts = {
          get ChartType() {
            if (++accesses === 2) throw new Error('Service Charts failed (injected)');
            return charts.ChartType;
          },
          ChartMergeStrategy: charts.ChartMergeStrategy,
        };
      },
    });
    expect(accesses).toBe(2);
    // By then the live summary had its sheet and names, and the portable one its sheet and record: all of it went.
    const writes = run.fake.writes();
    const named = (method: string): string[] => writes.filter((w) => w.method === method).map((w) => (w.detail as { name: string }).name).filter((name) => !name.startsWith('kpi_'));
    expect(named('Spreadsheet.setNamedRange').length).toBeGreaterThan(3);
    expect(named('Spreadsheet.removeNamedRange').sort()).toEqual(named('Spreadsheet.setNamedRange').sort());
    expect(writes.filter((w) => w.method === 'Spreadsheet.deleteSheet').map((w) => w.sheet)).toEqual(['KPI Summary (2)', 'KPI Summary (3)', 'KPI self-test', 'KPI self-test table']);
    expect(failedLabels(run.result)).toEqual(['The check ran to the end']);
    expect(gotOf(run.result, 'The check ran to the end')).toBe('buildSummary(portable): Service Charts failed (injected)');
    expect(gotOf(run.result, 'Everything the check created is removed')).toBe('the spreadsheet as it was');
    expectAsItWas(run);
  });

  it('a throw while reading back (flush) is a failed row too; all is removed', async () => {
    const run = await runSelfTestOnFake({
      prepare: (context) => {
        const app = context.SpreadsheetApp as Record<string, unknown>;
        context.SpreadsheetApp = new Proxy(app, {
          get: (target, property) => {
            if (property === 'flush') return () => { throw new Error('Service Spreadsheets timed out (injected)'); };
            const value = target[property as string];
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
      },
    });
    expect(gotOf(run.result, 'The check ran to the end')).toBe('flush and read back: Service Spreadsheets timed out (injected)');
    expect(failedLabels(run.result)).toEqual(['The check ran to the end']);
    expectAsItWas(run);
  });

  it('refuses a language that is not one of ours, before it writes anything', async () => {
    await expect(runSelfTestOnFake({ language: 'xx' })).rejects.toThrow('language: "xx" is not one of en, fa, ar, ru');
  });
});

describe('npm run selftest, the command', () => {
  /** scripts/selftest.ts with these arguments: its exit code and what it printed. */
  function selftest(...args: string[]): { status: number; stdout: string } {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/selftest.ts'), ...args], { cwd: root, encoding: 'utf8' });
    return { status: result.status ?? -1, stdout: result.stdout };
  }

  it('exits 0 when every check passes and the workbook is as it was, 1 when a result is perturbed', () => {
    const passing = selftest();
    expect(passing.status).toBe(0);
    expect(passing.stdout).toMatch(/^All \d+ checks passed in [\d.]+ s\.$/m);
    expect(passing.stdout).toContain('workbook byte for byte as it was (snapshot and .xlsx parts): yes');
    const perturbed = selftest('--perturb', 'ROAS', '--locale', 'ru_RU', '--lang', 'ru');
    expect(perturbed.status).toBe(1);
    expect(perturbed.stdout).toContain('=ROAS(4000, 1000)\t4\t4.04\tОШИБКА');
    expect(perturbed.stdout).toMatch(/^Не пройдено 1 из \d+ проверок за [\d.]+ с; первая: =ROAS\(4000, 1000\)\.$/m);
    expect(perturbed.stdout).toContain('workbook byte for byte as it was (snapshot and .xlsx parts): yes');
  });
});

describe('Help → Check the add-on in the menu', () => {
  it('opens the sidebar on its self-test view, titled in the user\'s language', async () => {
    const run = await runSelfTestOnFake({
      locale: 'ru_RU',
      prepare: (context) => {
        (context.onOpen as () => void)();
        (context.showSelfTest as () => void)();
      },
      workbook: { sheets: [{ name: 'Лист1', values: [['a'], [1]] }] },
    });
    const events = run.fake.uiEvents();
    const menu = events.find((event) => event.kind === 'menu')!;
    expect(menu.items).toEqual([
      { caption: 'Создать сводку KPI', functionName: 'showSidebar' },
      { caption: 'Пересобрать сводку', functionName: 'rebuildFromMenu' },
      'separator',
      { caption: 'Справка', items: [{ caption: 'Как пользоваться', functionName: 'showHelp' }, { caption: 'Проверить дополнение', functionName: 'showSelfTest' }] },
    ]);
    const sidebar = events.find((event) => event.kind === 'sidebar')!;
    expect(sidebar.title).toBe('Проверить дополнение');
    expect(sidebar.content).toContain(`<body data-view="${SELF_TEST_VIEW}">`);
    expect(failedLabels(run.result)).toEqual([]);
    expect(run.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Лист1']);
    expect(run.fake.spreadsheet.getSheets()[0].getDeveloperMetadata().map((meta) => meta.getKey())).not.toContain(OWNER_KEY);
  });
});
