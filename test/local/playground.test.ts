/** The playground server without a browser: the real dist/Code.js over the sample workbook, its sidebar under a strict CSP, the shim, the RPCs and the download. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground, type SheetView } from '../../src/local/playground/server';
import { customFunctions } from '../../src/kpi/catalog';
import { HEADER_ROW } from '../../src/summary/layout';
import { functionsIn } from '../../src/summary/portable';
import type { SelfTestResult, SidebarBuildResult, SidebarState } from '../../src/server/rpc-types';

const root = join(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'kpi-playground-'));
let playground: Playground;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
  playground = await startPlayground({ port: 0 });
});
afterAll(async () => {
  await playground?.close();
  rmSync(work, { recursive: true, force: true });
});

const get = (path: string): Promise<Response> => fetch(new URL(path, playground.url));
const post = (path: string, body: unknown): Promise<Response> =>
  fetch(new URL(path, playground.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const rpc = async <T>(name: string, ...args: unknown[]): Promise<T> => {
  const response = await post(`/rpc/${name}`, args);
  expect(response.status, `${name}: ${response.status}`).toBe(200);
  return (await response.json()) as T;
};

/** google.script.run as the sidebar sees it. */
interface Runner {
  withSuccessHandler(fn: (result: unknown, user: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error, user: unknown) => void): Runner;
  withUserObject(user: unknown): Runner;
  [name: string]: unknown;
}

/** The CSP's directives by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('base64')}'`;

/** A raw request, to send headers fetch will not let us set. */
function rawRequest(path: string, headers: Record<string, string>, method = 'GET', body = ''): Promise<number> {
  const url = new URL(path, playground.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the playground server', () => {
  it('serves the page, its script and its style, the page under a CSP without inline scripts', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const part of ['<table id="grid">', '<iframe id="sidebar" src="/sidebar"', 'id="formula-bar"', 'id="tabs"', 'id="download" href="/download.xlsx"', '<script src="/app.js"']) {
      expect(html).toContain(part);
    }
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const policy = directives(response.headers.get('content-security-policy') ?? '');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);

    const script = await get('/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(1000);
    const style = await get('/app.css');
    expect(style.headers.get('content-type')).toMatch(/text\/css/);
    expect(await style.text()).toContain('#grid');
  });

  it('lists the sheets in order and serves a sheet as display values and formulas with a margin', async () => {
    const list = (await (await get('/api/sheets')).json()) as { sheets: string[]; active: number };
    expect(list.sheets.slice(0, 6)).toEqual(['Campaigns', 'NPS survey', 'Subscriptions', 'Deals', 'E-mail', 'Social']);
    expect(list.sheets).toEqual(expect.arrayContaining(['فروش', 'Маркетинг', 'التسويق', 'Custom functions']));
    expect(list.active).toBe(0);

    const view = (await (await get('/api/sheet?name=Campaigns')).json()) as SheetView;
    expect(view.values[0].slice(0, 3)).toEqual(['Month', 'Cost', 'Clicks']);
    expect(view.values[1][0]).toMatch(/^2024-07-01$/);
    expect(view.values.length).toBeGreaterThan(view.lastRow);
    expect(view.values[0].length).toBeGreaterThan(view.lastColumn);
    expect(view.formulas.length).toBe(view.values.length);

    // Custom functions typed in cells are computed by the functions of dist/Code.js in the vm.
    const functions = (await (await get(`/api/sheet?name=${encodeURIComponent('Custom functions')}`)).json()) as SheetView;
    const npsRow = functions.values.findIndex((row) => row[0] === 'Net Promoter Score');
    expect(functions.formulas[npsRow][1]).toBe("=NPS('NPS survey'!C2:C81)");
    const scores = playground.fake.spreadsheet.getRange("'NPS survey'!C2:C81").getValues().map((row) => row[0] as number);
    const nps = (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) / scores.length;
    expect(Number(functions.values[npsRow][1])).toBeCloseTo(nps, 1);

    expect((await get('/api/sheet?name=Nope')).status).toBe(404);
  });

  it('serves the sidebar with the shim first and a CSP holding exactly the hashes of its inline scripts and styles', async () => {
    const response = await get('/sidebar');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<head[^>]*><script src="\/shim\.js"><\/script>/i);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const policy = directives(header);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);

    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1])).map((m) => m[2]);
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(policy.get('script-src')).toEqual(["'self'", ...new Set(scripts.map(sha256))]);
    if (styles.length > 0) expect(policy.get('style-src')).toEqual([...new Set(styles.map(sha256))]);
    // No inline event handlers, no remote scripts or styles: they would not run under this policy.
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });

  it('shim: google.script.run with handlers, user objects and any function name, over /rpc', async () => {
    const shim = await (await get('/shim.js')).text();
    const messages: unknown[][] = [];
    const context = vm.createContext({
      fetch: (url: string, init: RequestInit) => fetch(new URL(url, playground.url), init),
      location: { origin: new URL(playground.url).origin },
      console,
    });
    context.window = context;
    context.parent = { postMessage: (...args: unknown[]) => messages.push(args) };
    vm.runInContext(shim, context);
    const google = (): { script: { run: Runner; host: { close: unknown } } } => context.google as never;
    const run = (): Runner => google().script.run;
    const call = (name: string, ...args: unknown[]) =>
      new Promise<{ ok: boolean; value: unknown; user: unknown }>((resolve) => {
        const runner = run()
          .withUserObject({ n: 1 })
          .withSuccessHandler((value, user) => resolve({ ok: true, value, user }))
          .withFailureHandler((error, user) => resolve({ ok: false, value: error.message, user }));
        (runner[name] as (...a: unknown[]) => void)(...args);
      });

    await post('/api/select', { ranges: ["'NPS survey'!A1:C81"] });
    expect(await call('sidebarSelection')).toEqual({ ok: true, value: ["'NPS survey'!A1:C81"], user: { n: 1 } });
    expect(messages).toEqual([[{ type: 'kpi-sheets:changed' }, new URL(playground.url).origin]]);
    const failed = await call('sidebarState', ['Nope!A1:B2'], {}, 'en');
    expect(failed.ok).toBe(false);
    expect(failed.value).toContain('Nope!A1:B2');
    expect((await call('noSuchFunction')).value).toBe('Script function not found: noSuchFunction');
    expect(messages).toHaveLength(1);
    expect(() => (run().sidebarState as (...a: unknown[]) => void)(vm.runInContext('new Date(0)', context))).toThrow('illegal value');
    expect(typeof google().script.host.close).toBe('function');
  });

  it('RPCs: only functions of Code.js not ending in _, errors as HTTP 500 with the message, refuses other origins and hosts', async () => {
    expect((await post('/rpc/onOpen_', [])).status).toBe(404);
    expect((await post('/rpc/KpiSheets', [])).status).toBe(404);
    expect((await post('/rpc/constructor', [])).status).toBe(404);
    const failed = await post('/rpc/sidebarState', [['Gone!A1:B2'], {}, 'en']);
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { message: string }).message).toContain('Gone!A1:B2');
    expect((await post('/rpc/sidebarState', { not: 'an array' })).status).toBe(400);

    const port = new URL(playground.url).port;
    expect(await rawRequest('/api/sheets', { Host: 'evil.example' })).toBe(403);
    expect(await rawRequest('/rpc/sidebarSelection', { Host: `127.0.0.1:${port}`, 'Content-Type': 'text/plain' }, 'POST', '[]')).toBe(415);
    expect(await rawRequest('/rpc/sidebarSelection', { Host: `127.0.0.1:${port}`, Origin: 'http://evil.example', 'Content-Type': 'application/json' }, 'POST', '[]')).toBe(403);
  });

  it('builds a summary through the sidebar RPCs; the grid shows it; the download is an .xlsx with it', async () => {
    const ranges = ["'Campaigns'!A1:K19", "'NPS survey'!A1:C81"];
    const selected = await post('/api/select', { ranges });
    expect(selected.status).toBe(200);
    expect(await rpc<string[]>('sidebarSelection')).toEqual(['Campaigns!A1:K19', "'NPS survey'!A1:C81"]);
    const state = await rpc<SidebarState>('sidebarState', ranges, {}, null);
    const available = state.kpis.filter((k) => k.available).map((k) => k.id);
    expect(available).toEqual(expect.arrayContaining(['CAC', 'CPL', 'NPS', 'ROAS']));

    const result = await rpc<SidebarBuildResult>('sidebarBuild', { ranges, roles: {}, kpis: ['CAC', 'CPL', 'NPS'], targets: { CAC: 1500 }, period: 'none', mode: 'portable', language: 'en' });
    expect(result.sheetName).toBe('KPI Summary');
    const list = (await (await get('/api/sheets')).json()) as { sheets: string[] };
    expect(list.sheets).toContain('KPI Summary');

    const view = (await (await get(`/api/sheet?name=${encodeURIComponent('KPI Summary')}`)).json()) as SheetView;
    const campaigns = playground.fake.spreadsheet.getRange('Campaigns!A2:K19').getValues();
    const total = (column: number): number => campaigns.reduce((sum, row) => sum + (row[column] as number), 0);
    const shown = (id: string): string => {
      const row = view.values.find((line) => line[0] === id);
      if (!row) throw new Error(`no ${id} row in ${JSON.stringify(view.values.slice(0, 10))}`);
      return row[view.values[HEADER_ROW].indexOf('Value')] ?? '';
    };
    expect(Number(shown('CAC').replace(/[^\d.-]/g, ''))).toBeCloseTo(total(1) / total(7), 2);
    expect(Number(shown('CPL').replace(/[^\d.-]/g, ''))).toBeCloseTo(total(1) / total(4), 2);
    expect(view.formulas.flat().some((formula) => formula.startsWith('='))).toBe(true);

    // A formula whose result is a date: the fake hands it over as a Date of the vm, which ExcelJS must still save.
    playground.fake.spreadsheet.getRange("'Custom functions'!E2").setFormula('=DATE(2025, 1, 31)');
    const download = await get('/download.xlsx');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(list.sheets);
    const summary = workbook.getWorksheet('KPI Summary')!;
    let cac: ExcelJS.Row | undefined;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'CAC') cac = row;
    });
    expect(cac).toBeDefined();
    expect(workbook.getWorksheet('Campaigns')!.getCell('A2').value).toEqual(new Date(Date.UTC(2024, 6, 1)));
    expect(workbook.getWorksheet('Custom functions')!.getCell('E2').value).toMatchObject({ formula: 'DATE(2025, 1, 31)', result: new Date(Date.UTC(2025, 0, 31)) });
    // Excel and LibreOffice have neither our functions nor SPARKLINE: those cells are saved as what Sheets showed.
    const ours = new Set(customFunctions().map((entry) => entry.id));
    let converted = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        const formula = cell.formula;
        if (formula) expect(functionsIn(formula).filter((name) => ours.has(name) || name === 'SPARKLINE'), `${sheet.name}!${cell.address}: ${formula}`).toEqual([]);
      }));
    }
    const shownInSheets = playground.fake.spreadsheet.getRange("'Custom functions'!B2:B4").getValues();
    ['B2', 'B3', 'B4'].forEach((address, i) => {
      if (typeof shownInSheets[i][0] === 'number') {
        expect(workbook.getWorksheet('Custom functions')!.getCell(address).value).toBe(shownInSheets[i][0]);
        converted++;
      }
    });
    expect(converted).toBeGreaterThan(0);
  });

  it('Help → Check the add-on: the menu item shows the sidebar on its self-test view, runSelfTest passes and leaves the workbook as it was', async () => {
    const menu = (await (await get('/api/menu')).json()) as { items: unknown[] };
    expect(menu.items.at(-1)).toEqual({ caption: 'Help', items: [{ caption: 'How to use', functionName: 'showHelp' }, { caption: 'Check the add-on', functionName: 'showSelfTest' }] });
    await rpc('showSelfTest');
    const response = await get('/sidebar');
    const html = await response.text();
    expect(html).toContain('<body data-view="selftest">');
    // The view changes no inline script or style: the policy's hashes still hold.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1])).map((m) => m[2]);
    expect(directives(response.headers.get('content-security-policy') ?? '').get('script-src')).toEqual(["'self'", ...new Set(scripts.map(sha256))]);

    const before = playground.fake.snapshotHash();
    const started = performance.now();
    const result = await rpc<SelfTestResult>('runSelfTest', null);
    const milliseconds = Math.round(performance.now() - started);
    console.log(`self-test in the playground (HTTP round trip included): ${milliseconds} ms, ${result.checks.length} checks`);
    expect(result.checks.filter((check) => !check.pass)).toEqual([]);
    expect(playground.fake.snapshotHash()).toBe(before);
    // Builder view again for whatever comes next.
    await rpc('showSidebar');
    expect(await (await get('/sidebar')).text()).not.toContain('data-view=');
  });
});

describe('the playground on a .csv whose sheet name and header look like HTML', () => {
  it('serves them as plain strings and escapes the title in the page', async () => {
    const file = join(work, 'Q1 "old" <data>.csv');
    writeFileSync(file, 'Month,Cost,Leads,"<img src=x onerror=""window.__pwned=1"">"\n2025-01-01,1000,50,4\n2025-02-01,1500,70,6\n');
    const csv = await startPlayground({ file, port: 0 });
    try {
      const sheets = (await (await fetch(new URL('/api/sheets', csv.url))).json()) as { sheets: string[] };
      expect(sheets.sheets).toEqual(['Q1 "old" <data>']);
      const view = (await (await fetch(new URL(`/api/sheet?name=${encodeURIComponent('Q1 "old" <data>')}`, csv.url))).json()) as SheetView;
      expect(view.values[0][3]).toBe('<img src=x onerror="window.__pwned=1">');
      const html = await (await fetch(csv.url)).text();
      expect(html).not.toContain('<data>');
      expect(html).toContain('Q1 &#34;old&#34; &#60;data&#62;');
      const selected = await fetch(new URL('/api/select', csv.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ranges: [`'Q1 "old" <data>'!A1:D3`] }),
      });
      expect(selected.status).toBe(200);
      expect(csv.fake.spreadsheet.getActiveRange()?.getA1Notation()).toBe('A1:D3');
    } finally {
      await csv.close();
    }
  });
});
