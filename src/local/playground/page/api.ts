/** The playground page's calls to its server (same origin, JSON). */
import type { SheetView } from '../server';

export type { SheetView };

export interface SheetList {
  title: string;
  sheets: string[];
  /** Index of the active sheet in `sheets`. */
  active: number;
}

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** A sub-menu (Help → …): its caption and entries. */
export interface SubMenu {
  caption: string;
  items: MenuEntry[];
}

export type MenuEntry = MenuItem | SubMenu | 'separator';

export interface Menu {
  title: string | null;
  items: MenuEntry[];
}

export interface UiEvent {
  kind: 'alert' | 'toast' | 'sidebar' | 'menu';
  title?: string;
  message?: string;
}

async function parse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text };
  }
  if (!response.ok) {
    const message = data && typeof (data as { message?: unknown }).message === 'string' ? (data as { message: string }).message : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return data as T;
}

export async function getJson<T>(url: string): Promise<T> {
  return parse<T>(await fetch(url, { credentials: 'same-origin', cache: 'no-store' }));
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  return parse<T>(
    await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  );
}

export const api = {
  sheets: () => getJson<SheetList>('/api/sheets'),
  sheet: (name: string) => getJson<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`),
  select: (ranges: string[]) => postJson<{ ranges: string[] }>('/api/select', { ranges }),
  menu: () => getJson<Menu>('/api/menu'),
  events: (since: number) => getJson<{ events: UiEvent[]; next: number }>(`/api/events?since=${since}`),
  /** A top-level function of Code.js, as a menu item runs it. */
  run: (functionName: string) => postJson<unknown>(`/rpc/${encodeURIComponent(functionName)}`, []),
};
