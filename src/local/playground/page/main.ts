/**
 * The playground page (bundled to /app.js; no inline script, so it runs under a CSP without 'unsafe-inline').
 *
 * Sheet tabs [data-sheet], the grid table#grid (td[data-cell="A1"]), the formula bar #formula-bar, the selection
 * (mouse drag, Shift/Ctrl/Cmd, arrows and Shift+arrows; every change POSTed to /api/select and listed in #selection),
 * the add-on menu built by onOpen (#addon-menu), toasts and alerts the add-on shows, and the real sidebar in
 * iframe#sidebar. When the sidebar's shim reports a successful server call ('kpi-sheets:changed'), the page
 * reloads the sheet list and the grid, and switches to a sheet that appeared (the summary).
 */
import { api, type Menu, type MenuEntry, type UiEvent } from './api';
import { cellOfTarget, paintSelection, renderGrid, type RenderedGrid } from './grid';
import { a1Of, rectOf, Selection, type RangeKind, type SelectMode } from './selection';
import { formatA1 } from '../../../summary/a1';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing`);
  return found as T;
}

const table = element<HTMLTableElement>('grid');
const gridWrap = element<HTMLDivElement>('grid-wrap');
const tabs = element<HTMLElement>('tabs');
const formulaBar = element<HTMLDivElement>('formula-bar');
const nameBox = element<HTMLSpanElement>('name-box');
const selectionLabel = element<HTMLSpanElement>('selection');
const sidebar = element<HTMLIFrameElement>('sidebar');
const toast = element<HTMLDivElement>('toast');
const alertBox = element<HTMLDivElement>('alert');
const menuButton = element<HTMLButtonElement>('addon-menu-button');
const menuItems = element<HTMLDivElement>('addon-menu-items');

const selection = new Selection();
let sheets: string[] = [];
let current = '';
let grid: RenderedGrid | undefined;
let eventCursor = 0;
let loadToken = 0;
let dragging: RangeKind | undefined;

// ------------------------------------------------------------------ messages to the user

let toastTimer: ReturnType<typeof setTimeout> | undefined;

function showToast(title: string | undefined, message: string, isError = false): void {
  toast.textContent = '';
  if (title) {
    const strong = document.createElement('strong');
    strong.textContent = title;
    toast.append(strong, document.createTextNode(' '));
  }
  toast.append(document.createTextNode(message));
  toast.classList.toggle('error', isError);
  toast.hidden = false;
  if (toastTimer !== undefined) clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    toast.hidden = true;
  }, 6000);
}

function showAlert(title: string | undefined, message: string): void {
  element('alert-title').textContent = title ?? '';
  element('alert-message').textContent = message;
  alertBox.hidden = false;
  element<HTMLButtonElement>('alert-ok').focus();
}

function fail(error: unknown): void {
  showToast('Error', error instanceof Error ? error.message : String(error), true);
}

async function showEvents(): Promise<void> {
  const { events, next } = await api.events(eventCursor);
  eventCursor = next;
  for (const event of events as UiEvent[]) {
    if (event.kind === 'toast') showToast(event.title, event.message ?? '');
    else if (event.kind === 'alert') showAlert(event.title, event.message ?? '');
    else if (event.kind === 'sidebar') sidebar.contentWindow?.location.reload();
    else if (event.kind === 'menu') renderMenu(await api.menu());
  }
}

// ------------------------------------------------------------------ tabs and grid

function renderTabs(): void {
  tabs.textContent = '';
  for (const name of sheets) {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'tab');
    button.dataset.sheet = name;
    button.textContent = name;
    const active = name === current;
    button.classList.toggle('active', active);
    button.setAttribute('aria-selected', String(active));
    tabs.appendChild(button);
  }
}

function paint(): void {
  if (grid) paintSelection(grid, selection.ranges, selection.active);
  // Each A1 isolated left-to-right, so a Persian or Arabic sheet name does not reorder the list.
  selectionLabel.textContent = '';
  selection.a1s().forEach((a1, i) => {
    if (i > 0) selectionLabel.append(', ');
    const item = document.createElement('bdi');
    item.dir = 'ltr';
    item.textContent = a1;
    selectionLabel.appendChild(item);
  });
  const active = selection.active;
  const cell = selection.activeCell(current);
  nameBox.dir = 'ltr';
  if (!grid || !active || !cell) {
    nameBox.textContent = active ? a1Of(active) : '';
    formulaBar.textContent = '';
    return;
  }
  nameBox.textContent = formatA1(rectOf(active), { wholeColumns: active.kind === 'columns', wholeRows: active.kind === 'rows' });
  const formula = grid.view.formulas[cell.row - 1]?.[cell.column - 1] ?? '';
  formulaBar.textContent = formula !== '' ? formula : (grid.view.values[cell.row - 1]?.[cell.column - 1] ?? '');
}

/** The sheet the grid shows now (current may already name the next one). */
let shown: string | undefined;

async function showSheet(name: string): Promise<void> {
  const token = ++loadToken;
  const view = await api.sheet(name);
  if (token !== loadToken) return;
  const switched = name !== shown;
  shown = name;
  current = name;
  grid = renderGrid(table, view);
  // Another sheet opens at its top-left corner, as in Sheets.
  if (switched) {
    gridWrap.scrollTop = 0;
    gridWrap.scrollLeft = 0;
  }
  // A right-to-left sheet scrolls from the right, where column A is.
  gridWrap.dir = view.rightToLeft ? 'rtl' : 'ltr';
  tabs.querySelectorAll<HTMLButtonElement>('button[data-sheet]').forEach((button) => {
    const active = button.dataset.sheet === name;
    button.classList.toggle('active', active);
    button.setAttribute('aria-selected', String(active));
  });
  paint();
}

// ------------------------------------------------------------------ selection → server

let posting = false;
let postAgain = false;

/** POSTs the selection; while a POST is in flight, only the latest selection is sent after it. */
async function commit(): Promise<void> {
  if (selection.ranges.length === 0) return;
  if (posting) {
    postAgain = true;
    return;
  }
  posting = true;
  try {
    do {
      postAgain = false;
      await api.select(selection.a1s());
    } while (postAgain);
  } catch (error) {
    fail(error);
  } finally {
    posting = false;
  }
}

function scrollToFocus(): void {
  const active = selection.active;
  if (!grid || !active || active.sheet !== current) return;
  const td = grid.cells[active.focus.row - 1]?.[active.focus.column - 1];
  td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

gridWrap.addEventListener('mousedown', (event) => {
  if (event.button !== 0 || !grid) return;
  const hit = cellOfTarget(event.target);
  if (!hit) return;
  event.preventDefault();
  gridWrap.focus({ preventScroll: true });
  const mode: SelectMode = event.ctrlKey || event.metaKey ? 'add' : event.shiftKey ? 'extend' : 'replace';
  const kind: RangeKind = hit.kind === 'cell' ? 'cells' : hit.kind === 'column' ? 'columns' : 'rows';
  selection.start(current, { row: hit.row, column: hit.column }, mode, kind);
  dragging = selection.active?.kind ?? kind;
  paint();
});

gridWrap.addEventListener('mouseover', (event) => {
  if (!dragging) return;
  const hit = cellOfTarget(event.target);
  if (!hit) return;
  selection.extendTo({ row: dragging === 'columns' ? 1 : hit.row, column: dragging === 'rows' ? 1 : hit.column });
  paint();
});

document.addEventListener('mouseup', () => {
  if (!dragging) return;
  dragging = undefined;
  void commit();
});

const KEY_MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Enter: [1, 0],
  Tab: [0, 1],
};

gridWrap.addEventListener('keydown', (event) => {
  if (!grid || event.altKey || event.ctrlKey || event.metaKey) return;
  const move = KEY_MOVES[event.key];
  if (!move) return;
  event.preventDefault();
  const arrow = event.key.startsWith('Arrow');
  let [rows, columns] = move;
  // Left and right follow the screen: on a right-to-left sheet column A is on the right.
  if (arrow && grid.view.rightToLeft) columns = -columns;
  // Shift+Enter and Shift+Tab go back; Shift+arrows extend the range.
  if (!arrow && event.shiftKey) [rows, columns] = [-rows, -columns];
  selection.move(current, rows, columns, arrow && event.shiftKey, { rows: grid.rows, columns: grid.columns });
  paint();
  scrollToFocus();
  void commit();
});

tabs.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-sheet]') : null;
  if (!button || button.dataset.sheet === undefined) return;
  showSheet(button.dataset.sheet).catch(fail);
});

// ------------------------------------------------------------------ the add-on menu

/** Menu entries into `parent`: items as buttons, separators as rules, a sub-menu as its caption over its indented entries. */
function renderEntries(parent: HTMLElement, entries: readonly MenuEntry[]): void {
  for (const item of entries) {
    if (item === 'separator') {
      parent.appendChild(document.createElement('hr'));
      continue;
    }
    if ('items' in item) {
      const group = document.createElement('div');
      group.className = 'submenu';
      group.setAttribute('role', 'group');
      const caption = document.createElement('div');
      caption.className = 'submenu-title';
      caption.textContent = `${item.caption} ▸`;
      group.setAttribute('aria-label', item.caption);
      group.appendChild(caption);
      renderEntries(group, item.items);
      parent.appendChild(group);
      continue;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'menuitem');
    button.dataset.menuItem = item.functionName;
    button.textContent = item.caption;
    parent.appendChild(button);
  }
}

function renderMenu(menu: Menu): void {
  menuItems.textContent = '';
  if (menu.title) {
    const heading = document.createElement('div');
    heading.className = 'menu-title';
    heading.textContent = menu.title;
    menuItems.appendChild(heading);
  }
  renderEntries(menuItems, menu.items);
}

function closeMenu(): void {
  menuItems.hidden = true;
  menuButton.setAttribute('aria-expanded', 'false');
}

menuButton.addEventListener('click', () => {
  menuItems.hidden = !menuItems.hidden;
  menuButton.setAttribute('aria-expanded', String(!menuItems.hidden));
});

menuItems.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-menu-item]') : null;
  if (!button || !button.dataset.menuItem) return;
  closeMenu();
  api
    .run(button.dataset.menuItem)
    .then(() => refresh())
    .catch((error: unknown) => showAlert('Error', error instanceof Error ? error.message : String(error)));
});

document.addEventListener('mousedown', (event) => {
  if (!menuItems.hidden && event.target instanceof Node && !element('addon-menu').contains(event.target)) closeMenu();
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  closeMenu();
  alertBox.hidden = true;
});

element<HTMLButtonElement>('alert-ok').addEventListener('click', () => {
  alertBox.hidden = true;
});

// ------------------------------------------------------------------ changes made by the add-on

let refreshing: Promise<void> | undefined;
let refreshAgain = false;

async function refreshOnce(): Promise<void> {
  const list = await api.sheets();
  const known = new Set(sheets);
  const added = list.sheets.filter((name) => !known.has(name));
  sheets = list.sheets;
  selection.keepSheets(sheets);
  const target = added[0] ?? (sheets.includes(current) ? current : (sheets[list.active] ?? sheets[0]));
  current = target;
  renderTabs();
  await showSheet(target);
  await showEvents();
}

/** Reloads the sheet list and the grid; calls that arrive meanwhile are folded into one more reload. */
function refresh(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    try {
      do {
        refreshAgain = false;
        await refreshOnce();
      } while (refreshAgain);
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== location.origin || event.source !== sidebar.contentWindow) return;
  const data = event.data as { type?: unknown } | null;
  if (data && data.type === 'kpi-sheets:changed') refresh().catch(fail);
});

// ------------------------------------------------------------------ start

async function start(): Promise<void> {
  const list = await api.sheets();
  sheets = list.sheets;
  current = sheets[list.active] ?? sheets[0];
  document.title = `${list.title} – KPI Sheets playground`;
  renderTabs();
  await showSheet(current);
  // As in Sheets, a cell is always selected: A1 of the active sheet to start with.
  selection.start(current, { row: 1, column: 1 }, 'replace');
  paint();
  await commit();
  renderMenu(await api.menu());
  eventCursor = (await api.events(0)).next;
  document.body.dataset.ready = 'true';
}

start().catch(fail);
