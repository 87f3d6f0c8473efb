// @vitest-environment happy-dom
/**
 * The sidebar's self-test view (Help → Check the add-on) in a tiny DOM: the template marked as showSelfTest marks it,
 * the real runSelfTest of src/server/sidebar.ts over the fake spreadsheet (our functions from source), reached through
 * a google.script.run shim that passes JSON only, asynchronously.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import { createFakeSpreadsheet, type FakeSpreadsheet } from '../../src/local/fake';
import { run } from '../../src/server/custom-functions';
import { selfTestPage } from '../../src/server/selftest/page';
import type { SelfTestResult } from '../../src/server/selftest/report';
import * as server from '../../src/server/sidebar';
import { startSidebar } from '../../src/sidebar/app';
import { installGlobals, scriptRunner, type Handler } from '../helpers/script-runner';

const PAGE = selfTestPage(readFileSync(join(__dirname, '../../src/sidebar/sidebar.html'), 'utf8'));

let calls: [string, ...unknown[]][] = [];
let overrides: Record<string, Handler> = {};
let fake: FakeSpreadsheet;
let uninstall = (): void => {};

function mount(): ReturnType<typeof startSidebar> {
  const parsed = new DOMParser().parseFromString(PAGE, 'text/html');
  // Test scaffolding only: the sidebar itself never parses markup.
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.body.dataset.view = parsed.body.dataset.view;
  return startSidebar(document);
}

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};
const $$ = <T extends Element = HTMLElement>(selector: string): T[] => Array.from(document.querySelectorAll<T>(selector));

beforeEach(() => {
  calls = [];
  overrides = {};
  globalThis.google = { script: { run: scriptRunner((name) => overrides[name] ?? (server as unknown as Record<string, Handler>)[name], (call) => calls.push(call)) } };
  fake = createFakeSpreadsheet({ locale: 'fa_IR', userLocale: 'fa', sheets: [{ name: 'داده', values: [['Cost'], [1]] }] });
  fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  uninstall = installGlobals(fake.globals());
});

afterEach(() => {
  delete globalThis.google;
  uninstall();
  vi.restoreAllMocks();
});

describe('the self-test view', () => {
  it('runs the check, then shows the summary and the table by group, right to left in the user\'s Persian; the builder stays hidden', async () => {
    const sidebar = mount();
    expect($('#selftest-summary').textContent).toBe('Checking… in Google Sheets this takes up to a minute.');
    expect($<HTMLButtonElement>('#selftest-run').disabled).toBe(true);
    await sidebar.ready;
    expect(calls).toEqual([['runSelfTest', null]]);
    expect($('#builder').hidden).toBe(true);
    expect($('#intro').hidden).toBe(true);
    expect($('#selftest').hidden).toBe(false);
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect($('#selftest-summary').textContent).toMatch(/^هر \d+ بررسی در [\d.]+ ثانیه درست بود\.$/);
    expect($('#selftest-summary').className).toBe('selftest-summary passed');
    expect($$('#selftest-report thead th').map((th) => th.textContent)).toEqual(['بررسی', 'مورد انتظار', 'به‌دست‌آمده', 'نتیجه']);
    expect($$('#selftest-report tbody').map((body) => body.dataset.group)).toEqual(['environment', 'examples', 'tables', 'summary', 'cleanup']);
    const rows = $$('#selftest-report tr[data-pass]');
    expect(rows.length).toBeGreaterThan(60);
    expect(rows.every((row) => row.dataset.pass === 'true')).toBe(true);
    const cac = rows.find((row) => row.querySelector('td')?.textContent === '=CAC(1000000, 40)')!;
    expect(Array.from(cac.querySelectorAll('td'), (td) => td.textContent)).toEqual(['=CAC(1000000, 40)', '25000', '25000', '✓ درست']);
    expect(fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['داده']);
    expect($<HTMLButtonElement>('#selftest-copy').disabled).toBe(false);
  });

  it('a language chosen redraws the same result at once, without checking again; Check again runs it in that language', async () => {
    await mount().ready;
    const select = $<HTMLSelectElement>('#language');
    select.value = 'ru';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(calls).toHaveLength(1);
    expect(document.documentElement.dir).toBe('ltr');
    expect($('#selftest-run').textContent).toBe('Проверить снова');
    expect($('#selftest-summary').textContent).toMatch(/^Все проверки \(\d+\) пройдены за [\d.]+ с\.$/);
    $('#selftest-run').click();
    await vi.waitFor(() => expect($<HTMLButtonElement>('#selftest-run').disabled).toBe(false), { timeout: 10_000 });
    expect(calls).toEqual([['runSelfTest', null], ['runSelfTest', 'ru']]);
  });

  it('a failed check is marked and counted; every text goes in as text, never as markup', async () => {
    const failing: SelfTestResult = {
      language: 'en',
      elapsedMs: 2000,
      checks: [
        { group: 'examples', label: '=CAC(1000000, 40)', expected: '25000', got: '<img src=x onerror="window.__pwned=1">', pass: false },
        { group: 'cleanup', label: { key: 'removed' }, expected: { key: 'asFound' }, got: { key: 'asFound' }, pass: true },
      ],
    };
    overrides.runSelfTest = () => failing;
    await mount().ready;
    expect($('#selftest-summary').textContent).toBe('1 of 2 checks failed in 2.0 s; the first: =CAC(1000000, 40).');
    expect($('#selftest-summary').className).toBe('selftest-summary failed');
    const row = $('#selftest-report tr[data-pass="false"]');
    expect(row.querySelectorAll('td')[2].textContent).toBe('<img src=x onerror="window.__pwned=1">');
    expect(row.querySelector('img')).toBeNull();
    expect(row.querySelectorAll('td')[3].textContent).toBe('✗ FAIL');
  });

  it('Copy report writes the tab-separated report to the clipboard; where it may not, shows the text selected to copy by hand', async () => {
    await mount().ready;
    const written: string[] = [];
    const clipboard = { writeText: (text: string) => (written.push(text), Promise.resolve()) };
    Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
    $('#selftest-copy').click();
    await vi.waitFor(() => expect($('#selftest-copy-status').textContent).toBe('گزارش رونوشت شد: آن را در پیام یا برگه‌ای بچسبانید.'));
    expect(written[0].split('\n')[0]).toBe('KPI Sheets: بررسی افزونه');
    expect(written[0]).toContain('=CAC(1000000, 40)\t25000\t25000\tدرست');
    expect($('#selftest-text').hidden).toBe(true);

    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    $('#selftest-copy').click();
    await vi.waitFor(() => expect($('#selftest-copy-status').textContent).toBe('گزارش زیر را انتخاب و رونوشت کنید (Ctrl+C یا ⌘C).'));
    expect($('#selftest-text').hidden).toBe(false);
    expect($<HTMLTextAreaElement>('#selftest-text').value).toBe(written[0]);
  });

  it('a server that refuses shows its message and offers to check again', async () => {
    overrides.runSelfTest = () => {
      throw new Error('Authorization is required to perform that action.');
    };
    await mount().ready;
    expect($('#error').textContent).toBe('Authorization is required to perform that action.');
    expect($('#error').hidden).toBe(false);
    expect($<HTMLButtonElement>('#selftest-run').disabled).toBe(false);
    expect($<HTMLButtonElement>('#selftest-copy').disabled).toBe(true);
  });
});
