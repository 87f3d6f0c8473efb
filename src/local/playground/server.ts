/**
 * The local playground: the real add-on (dist/Code.js and dist/Sidebar.html) over the fake SpreadsheetApp, served
 * on 127.0.0.1 without a Google account. Development only; never bundled into dist/.
 *
 * dist/Code.js runs in a node:vm context holding only the fake's Apps Script globals (as the artifact tests do);
 * formulas in the workbook call the custom functions of that context; the sidebar talks to the same context
 * through a google.script.run shim that POSTs to /rpc/NAME. The sidebar is served under a strict
 * Content-Security-Policy (hashes of its inline scripts and styles, nothing remote, no 'unsafe-inline').
 *
 *     const playground = await startPlayground({ file: 'examples/sample.xlsx', port: 0 });
 *     console.log(playground.url); // http://127.0.0.1:PORT/
 *     await playground.close();
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { formatA1 } from '../../summary/a1';
import { DEFAULT_WORKBOOK, openAddOn, SIDEBAR_HTML } from '../addon';
import type { FakeSpreadsheet, UiEvent } from '../fake';
import { isDate, isErrorLike } from '../fake/dates';
import { toXlsxBuffer } from '../xlsx';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PAGE_DIR = join(ROOT, 'src/local/playground/page');

/** Rows and columns shown beyond the used range, and the grid's minimum and maximum size. */
const MARGIN = { rows: 20, columns: 4 };
const MINIMUM = { rows: 40, columns: 12 };
const MAXIMUM_ROWS = 2000;
const DEFAULT_COLUMN_WIDTH = 100;
const MAX_BODY_BYTES = 1 << 20;

export interface PlaygroundOptions {
  /** An .xlsx or .csv file; default examples/sample.xlsx. */
  file?: string;
  /** Port; default the PORT environment variable, else 0 (any free port). */
  port?: number;
  host?: '127.0.0.1';
  /** Spreadsheet locale (default en_US) and the user's language (default: the locale's). */
  locale?: string;
  userLocale?: string;
  timeZone?: string;
  /** A line per server call (RPCs, menu items), e.g. console.log; default silent. */
  log?: (line: string) => void;
}

export interface Playground {
  /** http://127.0.0.1:PORT/ */
  url: string;
  close(): Promise<void>;
  fake: FakeSpreadsheet;
}

/** What GET /api/sheet returns: the used range plus a margin. */
export interface SheetView {
  name: string;
  /** Display values, as Range.getDisplayValues. */
  values: string[][];
  /** Formulas ('' for non-formula cells), as Range.getFormulas. */
  formulas: string[][];
  /** Per cell: 'n' number or date, 'b' boolean, 'e' error, 's' text, '' blank. */
  types: string[][];
  /** Message behind each error cell, by A1. */
  errors: Record<string, string>;
  /** Bold, background and alignment by A1. */
  styles: Record<string, { bold?: true; background?: string; align?: string }>;
  /** Widths in pixels of the columns shown (100 unless the sheet sets one). */
  columnWidths: number[];
  rightToLeft: boolean;
  frozenRows: number;
  frozenColumns: number;
  lastRow: number;
  lastColumn: number;
  /** True when the sheet has more rows than the grid shows. */
  truncated: boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// ------------------------------------------------------------------ the sidebar, its shim and its policy

const SHIM_JS = `/* google.script.run for the playground: the same API shape as Apps Script, over fetch('/rpc/NAME'). */
(function () {
  'use strict';
  function illegal(value, path) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return undefined;
    if (typeof value === 'function' || typeof value === 'symbol' || value instanceof Date) return path;
    if (typeof value === 'object') {
      for (var key in value) {
        if (Object.prototype.hasOwnProperty.call(value, key)) {
          var found = illegal(value[key], key);
          if (found !== undefined) return found;
        }
      }
    }
    return undefined;
  }
  function changed() {
    try {
      if (window.parent && window.parent !== window) window.parent.postMessage({ type: 'kpi-sheets:changed' }, location.origin);
    } catch (error) {
      /* no parent page */
    }
  }
  function call(name, args, handlers) {
    for (var i = 0; i < args.length; i++) {
      if (illegal(args[i], String(i)) !== undefined) throw new TypeError('Failed due to illegal value in property: ' + i);
    }
    fetch('/rpc/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(args),
    })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try {
            data = text ? JSON.parse(text) : null;
          } catch (error) {
            data = { message: text };
          }
          if (!response.ok) throw new Error(data && typeof data.message === 'string' ? data.message : 'HTTP ' + response.status);
          return data;
        });
      })
      .then(
        function (result) {
          changed();
          if (handlers.success) handlers.success(result, handlers.userObject);
        },
        function (error) {
          var failure = error instanceof Error ? error : new Error(String(error));
          if (handlers.failure) handlers.failure(failure, handlers.userObject);
          else console.error('google.script.run.' + name + ' failed: ' + failure.message);
        },
      );
  }
  function runner(handlers) {
    function extend(key) {
      return function (value) {
        var next = { success: handlers.success, failure: handlers.failure, userObject: handlers.userObject };
        next[key] = value;
        return runner(next);
      };
    }
    var methods = { withSuccessHandler: extend('success'), withFailureHandler: extend('failure'), withUserObject: extend('userObject') };
    return new Proxy(
      {},
      {
        get: function (_target, property) {
          if (typeof property !== 'string' || property === 'then' || property === 'toJSON') return undefined;
          if (Object.prototype.hasOwnProperty.call(methods, property)) return methods[property];
          return function () {
            call(property, Array.prototype.slice.call(arguments), handlers);
          };
        },
      },
    );
  }
  var google = (window.google = window.google || {});
  google.script = {
    run: runner({}),
    host: {
      origin: location.origin,
      close: function () {},
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} },
    },
  };
})();
`;

/** Shown at /sidebar until dist/Sidebar.html exists: the same RPCs, in a few lines. */
const PLACEHOLDER_SIDEBAR = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>KPI Sheets</title>
<style>
body { font: 13px/1.4 Arial, sans-serif; margin: 12px; color: #202124; }
button { margin: 4px 4px 4px 0; }
#kpis label { display: block; }
#status { margin-top: 8px; color: #5f6368; }
.error { color: #c5221f; }
</style>
</head>
<body>
<p><b>Sidebar not built yet.</b> <code>dist/Sidebar.html</code> is missing; this placeholder calls the same server functions.</p>
<button id="use">Use selection</button>
<div id="ranges"></div>
<div id="kpis"></div>
<button id="build" disabled>Build KPI summary</button>
<div id="status" role="status"></div>
<script>
(function () {
  var ranges = [];
  var language = 'en';
  function $(id) { return document.getElementById(id); }
  function status(text, isError) { $('status').textContent = text; $('status').className = isError ? 'error' : ''; }
  function fail(error) { status(error.message, true); }
  function show(state) {
    language = state.language;
    $('ranges').textContent = ranges.join(', ');
    var list = $('kpis');
    list.textContent = '';
    state.kpis.filter(function (kpi) { return kpi.available; }).forEach(function (kpi) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = kpi.id;
      box.checked = true;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + kpi.name + ' (' + kpi.id + ')'));
      list.appendChild(label);
    });
    $('build').disabled = list.childNodes.length === 0;
    status(list.childNodes.length === 0 ? 'No KPI can be computed from this selection.' : '');
  }
  $('use').addEventListener('click', function () {
    google.script.run.withFailureHandler(fail).withSuccessHandler(function (selected) {
      ranges = selected;
      google.script.run.withFailureHandler(fail).withSuccessHandler(show).sidebarState(ranges, {}, null);
    }).sidebarSelection();
  });
  $('build').addEventListener('click', function () {
    var kpis = Array.prototype.map.call(document.querySelectorAll('#kpis input:checked'), function (box) { return box.value; });
    status('Building…');
    google.script.run.withFailureHandler(fail).withSuccessHandler(function (result) {
      status('"' + result.sheetName + '" is up to date (' + result.kpis.length + ' KPIs).');
    }).sidebarBuild({ ranges: ranges, roles: {}, kpis: kpis, targets: {}, period: 'none', mode: 'portable', language: language });
  });
})();
</script>
</body>
</html>
`;

/** SHA-256 of an inline element's text as the browser hashes it (after the HTML parser's newline normalisation). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** The texts of the inline <script> elements (those without src) and of the <style> elements. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const scripts = [...withoutComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].filter((m) => !/\ssrc\s*=/i.test(` ${m[1]}`)).map((m) => m[2]);
  const styles = [...withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
  return { scripts, styles };
}

/** The Content-Security-Policy for a sidebar file: only its own inline scripts and styles, nothing remote. */
export function sidebarPolicy(html: string): string {
  const { scripts, styles } = inlineBlocks(html);
  const scriptHashes = [...new Set(scripts.map(cspHash))];
  const styleHashes = [...new Set(styles.map(cspHash))];
  return [
    "default-src 'none'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    `style-src ${styleHashes.length > 0 ? styleHashes.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** The sidebar with the shim loaded first, before any of its own scripts. */
export function injectShim(html: string): string {
  const tag = '<script src="/shim.js"></script>';
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const start = /<html(\s[^>]*)?>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
  if (start) return `${html.slice(0, start.index + start[0].length)}<head>${tag}</head>${html.slice(start.index + start[0].length)}`;
  return tag + html;
}

// ------------------------------------------------------------------ the page

const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function pageHtml(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – KPI Sheets playground</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<header id="toolbar">
  <span id="doc-title">${escapeHtml(title)}</span>
  <div id="addon-menu" class="menu"><button id="addon-menu-button" type="button" aria-haspopup="true" aria-expanded="false">Extensions</button><div id="addon-menu-items" role="menu" hidden></div></div>
  <span id="selection" title="Selected ranges"></span>
  <a id="download" href="/download.xlsx" download>Download .xlsx</a>
</header>
<div id="formula-row"><span id="name-box"></span><span class="fx">fx</span><div id="formula-bar"></div></div>
<main id="workspace">
  <div id="grid-wrap" tabindex="0"><table id="grid"></table></div>
  <iframe id="sidebar" src="/sidebar" title="KPI Sheets sidebar"></iframe>
</main>
<nav id="tabs" aria-label="Sheets"></nav>
<div id="toast" role="status" hidden></div>
<div id="alert" role="alertdialog" hidden><div id="alert-title"></div><div id="alert-message"></div><button id="alert-ok" type="button">OK</button></div>
</body>
</html>
`;
}

let bundle: Promise<string> | undefined;

/** The page's script, bundled by esbuild on first request (a failed build is retried on the next). */
function pageScript(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(PAGE_DIR, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    sourcemap: 'inline',
    charset: 'utf8',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  bundle.catch(() => {
    bundle = undefined;
  });
  return bundle;
}

// ------------------------------------------------------------------ sheets as JSON

function sheetView(fake: FakeSpreadsheet, name: string): SheetView {
  const sheet = fake.spreadsheet.getSheetByName(name);
  if (!sheet) throw new HttpError(404, `No sheet named ${name}`);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const wanted = Math.min(sheet.getMaxRows(), Math.max(MINIMUM.rows, lastRow + MARGIN.rows));
  const rows = Math.min(wanted, MAXIMUM_ROWS);
  const columns = Math.min(sheet.getMaxColumns(), Math.max(MINIMUM.columns, lastColumn + MARGIN.columns));
  const range = sheet.getRange(1, 1, rows, columns);
  const values = range.getDisplayValues();
  const formulas = range.getFormulas();
  const errors: Record<string, string> = {};
  const types = range.getValues().map((line, i) =>
    line.map((value, j) => {
      if (typeof value === 'number' || isDate(value)) return 'n';
      if (typeof value === 'boolean') return 'b';
      if (value === '' || value === null || value === undefined) return '';
      const a1 = formatA1({ row: i + 1, column: j + 1, numRows: 1, numColumns: 1 });
      if (typeof value === 'string' && value.startsWith('#')) {
        const message = fake.errorMessage(`'${name.replace(/'/g, "''")}'!${a1}`);
        if (message !== undefined) {
          errors[a1] = message;
          return 'e';
        }
      }
      return 's';
    }),
  );
  const styles: SheetView['styles'] = {};
  for (const cell of fake.exportCells(name)) {
    if (!cell.style || cell.row > rows || cell.column > columns) continue;
    const style: SheetView['styles'][string] = {};
    if (cell.style.fontWeight === 'bold') style.bold = true;
    if (cell.style.background && /^#[0-9a-f]{3,8}$/i.test(cell.style.background)) style.background = cell.style.background;
    if (cell.style.horizontalAlignment && cell.style.horizontalAlignment !== 'normal') style.align = cell.style.horizontalAlignment;
    if (Object.keys(style).length > 0) styles[formatA1({ row: cell.row, column: cell.column, numRows: 1, numColumns: 1 })] = style;
  }
  const model = fake.exportModel().sheets.find((s) => s.name === name);
  return {
    name,
    values,
    formulas,
    types,
    errors,
    styles,
    columnWidths: Array.from({ length: columns }, (_, j) => model?.columnWidths?.find(([column]) => column === j + 1)?.[1] ?? DEFAULT_COLUMN_WIDTH),
    rightToLeft: model?.rightToLeft ?? false,
    frozenRows: model?.frozenRows ?? 0,
    frozenColumns: model?.frozenColumns ?? 0,
    lastRow,
    lastColumn,
    truncated: wanted > rows,
  };
}

// ------------------------------------------------------------------ HTTP

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...headers,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, data: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(data === undefined ? null : data));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Send Content-Type: application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The body is not JSON');
  }
}

function messageOf(error: unknown): string {
  return isErrorLike(error) ? error.message : String(error);
}

/** Starts the playground; resolves once it listens. */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const file = resolve(options.file ?? DEFAULT_WORKBOOK);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (process.env.PORT ? Number(process.env.PORT) : 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${port}`);
  const log = options.log ?? (() => undefined);

  // HtmlService.createHtmlOutputFromFile('Sidebar') reads the current file, as /sidebar does.
  const { fake, addOn } = await openAddOn({ file, locale: options.locale, userLocale: options.userLocale, timeZone: options.timeZone, sidebar: readSidebarSync });
  // Sheets runs onOpen when the file opens: it builds the add-on menu.
  addOn.call('onOpen', [{ authMode: 'LIMITED' }]);

  const title = basename(file, extname(file));
  let origins: string[] = [];

  const rpc = (name: string, args: unknown[]): unknown => {
    if (!addOn.functions.has(name)) throw new HttpError(404, `Script function not found: ${name}`);
    const started = Date.now();
    try {
      return addOn.call(name, args);
    } finally {
      log(`rpc ${name} ${Date.now() - started} ms`);
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostHeader = req.headers.host ?? '';
    // Only this machine's names: a page on another site cannot reach us through DNS rebinding.
    if (!origins.some((origin) => origin === `http://${hostHeader}`)) throw new HttpError(403, 'Unexpected Host header');
    const url = new URL(req.url ?? '/', `http://${hostHeader}`);
    const method = req.method ?? 'GET';
    if (method === 'POST') {
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.includes(origin)) throw new HttpError(403, 'Cross-origin request refused');
    }
    const path = url.pathname;

    if (method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', pageHtml(title), { 'Content-Security-Policy': PAGE_POLICY });
    if (method === 'GET' && path === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', await pageScript());
    if (method === 'GET' && path === '/app.css') return send(res, 200, 'text/css; charset=utf-8', await readFile(join(PAGE_DIR, 'page.css'), 'utf8'));
    if (method === 'GET' && path === '/favicon.ico') return send(res, 204, 'text/plain', '');

    if (method === 'GET' && path === '/api/sheets') {
      const sheets = fake.spreadsheet.getSheets();
      const active = fake.spreadsheet.getActiveSheet().getName();
      return sendJson(res, 200, { title, sheets: sheets.map((s) => s.getName()), active: Math.max(0, sheets.findIndex((s) => s.getName() === active)) });
    }
    if (method === 'GET' && path === '/api/sheet') {
      const name = url.searchParams.get('name');
      if (name === null) throw new HttpError(400, 'Missing ?name=');
      return sendJson(res, 200, sheetView(fake, name));
    }
    if (method === 'POST' && path === '/api/select') {
      const body = (await readJson(req)) as { ranges?: unknown } | null;
      const ranges = body?.ranges;
      if (!Array.isArray(ranges) || ranges.length === 0 || !ranges.every((r) => typeof r === 'string')) throw new HttpError(400, 'Expected { ranges: string[] } with at least one range');
      try {
        fake.select(ranges as string[]);
      } catch (error) {
        throw new HttpError(400, messageOf(error));
      }
      return sendJson(res, 200, { ranges });
    }
    if (method === 'GET' && path === '/api/menu') {
      const menu = fake.uiEvents().filter((event) => event.kind === 'menu').pop();
      return sendJson(res, 200, menu ? { title: menu.title ?? null, items: menu.items ?? [] } : { title: null, items: [] });
    }
    if (method === 'GET' && path === '/api/events') {
      const since = Math.max(0, Number(url.searchParams.get('since') ?? 0) || 0);
      const events = fake.uiEvents();
      const recent = events.slice(since).map(({ content: _content, ...event }: UiEvent) => event);
      return sendJson(res, 200, { events: recent, next: events.length });
    }

    if (method === 'GET' && path === '/sidebar') {
      // What the add-on last showed (showSidebar's HtmlOutput: the builder or the self-test view), else the file.
      const shown = fake.uiEvents().filter((event) => event.kind === 'sidebar').pop()?.content;
      const html = injectShim(shown ?? (await readSidebar()));
      return send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': sidebarPolicy(html) });
    }
    if (method === 'GET' && path === '/shim.js') return send(res, 200, 'text/javascript; charset=utf-8', SHIM_JS);
    if (method === 'POST' && path.startsWith('/rpc/')) {
      const name = decodeURIComponent(path.slice('/rpc/'.length));
      const args = (await readJson(req)) ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, 'Expected a JSON array of arguments');
      let result: unknown;
      try {
        result = rpc(name, args);
      } catch (error) {
        if (error instanceof HttpError) throw error;
        return sendJson(res, 500, { message: messageOf(error) });
      }
      return sendJson(res, 200, result);
    }

    if (method === 'GET' && path === '/download.xlsx') {
      // A download is for other programs: our functions' cells are saved as their values, sparklines left out.
      const bytes = await toXlsxBuffer(fake, { forOtherPrograms: true });
      return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes, {
        'Content-Disposition': `attachment; filename="${title.replace(/[^\w.-]+/g, '_') || 'workbook'}.xlsx"; filename*=UTF-8''${encodeURIComponent(title)}.xlsx`,
      });
    }
    throw new HttpError(404, `Not found: ${method} ${path}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!(error instanceof HttpError)) log(`error ${req.method} ${req.url}: ${isErrorLike(error) ? (error.stack ?? error.message) : String(error)}`);
      if (res.headersSent) res.destroy();
      else sendJson(res, status, { message: messageOf(error) });
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  origins = [`http://${host}:${actualPort}`, `http://localhost:${actualPort}`];
  return {
    url: `http://${host}:${actualPort}/`,
    fake,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

async function readSidebar(): Promise<string> {
  try {
    return await readFile(SIDEBAR_HTML, 'utf8');
  } catch {
    return PLACEHOLDER_SIDEBAR;
  }
}

function readSidebarSync(): string {
  try {
    return readFileSync(SIDEBAR_HTML, 'utf8');
  } catch {
    return PLACEHOLDER_SIDEBAR;
  }
}
