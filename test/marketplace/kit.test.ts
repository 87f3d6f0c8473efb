/**
 * The Marketplace kit in docs/marketplace/: the listing text within the listing's limits in four languages, the
 * icons, banner and screenshots at their sizes, and a privacy policy and terms that say what the code does.
 *
 * Limits, from https://developers.google.com/workspace/marketplace/create-listing ("App details"): application name
 * 50 characters or less, without the word "Google"; short description 200 characters; detailed description less than
 * 16,000 characters. Graphic sizes: icons 32, 48, 96 and 128 px square, screenshots 1280×800, and the 220×140
 * application card banner, as that page's "Graphic assets" section lists them (the text limits above were read from
 * the page; check the graphic sizes there again when publishing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import { LANGUAGES, type Language } from '../../src/kpi/types';
import { LAST_SUMMARY_PROPERTY, OWNER_KEY, REQUEST_PREFIX } from '../../src/server/summary-record';
import { LABELS } from '../../src/summary/labels';
import { readPng, type Png } from '../helpers/png';

const root = join(__dirname, '../..');
const kit = join(root, 'docs/marketplace');
const read = (name: string): string => readFileSync(join(kit, name), 'utf8');
const png = (name: string): Png => readPng(readFileSync(join(kit, name)));

const LIMITS = { name: 50, short: 200, detailedBelow: 16_000 };

/** The three fields of a listing file: the text under each `## ` heading, trimmed. */
function listing(language: Language): { name: string; short: string; detailed: string } {
  const text = read(`listing-${language}.md`);
  const section = (heading: string): string => {
    const match = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(text);
    if (!match) throw new Error(`listing-${language}.md has no "## ${heading}"`);
    return match[1].trim();
  };
  return { name: section('Application name'), short: section('Short description'), detailed: section('Detailed description') };
}

/** Characters as the listing counts them: code points. */
const length = (text: string): number => [...text].length;

/** Western digits for Persian and Arabic-Indic ones. */
const westernDigits = (text: string): string => text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** The add-on menu's first item in each language (src/server/sidebar.ts), which the descriptions tell users to choose. */
const BUILD_ITEM: Record<Language, string> = { en: 'Build KPI summary', fa: 'ساخت خلاصه شاخص‌ها', ar: 'إنشاء ملخص المؤشرات', ru: 'Создать сводку KPI' };

describe('the listing text', () => {
  for (const language of LANGUAGES) {
    it(`${language}: name, short and detailed description within the listing's limits`, () => {
      const { name, short, detailed } = listing(language);
      expect(name).toBe('KPI Sheets');
      expect(length(name)).toBeLessThanOrEqual(LIMITS.name);
      expect(name).not.toMatch(/google/i);
      expect(length(short)).toBeGreaterThan(80);
      expect(length(short), short).toBeLessThanOrEqual(LIMITS.short);
      expect(short).not.toContain('\n');
      expect(length(detailed)).toBeGreaterThan(1500);
      expect(length(detailed)).toBeLessThan(LIMITS.detailedBelow);
    });

    it(`${language}: the detailed description names real functions, the real count, the menu item and the sheet it writes`, () => {
      const { detailed } = listing(language);
      const ids = new Set(customFunctions().map((entry) => entry.id));
      const named = [...detailed.matchAll(/=([A-Z][A-Z_]+)/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThanOrEqual(14);
      for (const id of named) expect(ids.has(id), id).toBe(true);
      expect(westernDigits(detailed)).toContain(String(customFunctions().length));
      expect(detailed).toContain(BUILD_ITEM[language]);
      expect(detailed).toContain(LABELS[language].sheetName);
    });
  }

  it('each text is in its own script: Persian letters in fa, Arabic without Persian-only letters in ar, Cyrillic in ru', () => {
    const body = (language: Language): string => Object.values(listing(language)).join(' ');
    expect(body('fa')).toMatch(/[پچژگکی]/);
    expect(body('ar')).toMatch(/[\u0621-\u064a]/);
    expect(body('ar')).not.toMatch(/[پچژگکی]/);
    expect(body('ru')).toMatch(/[а-яё]/);
    expect(body('en')).not.toMatch(/[\u0600-\u06ff\u0400-\u04ff]/);
  });
});

describe('the graphics', () => {
  it('icon.svg is a square, self-contained drawing: no text, script or outside reference', () => {
    const svg = read('icon.svg');
    expect(svg).toMatch(/viewBox="0 0 128 128"/);
    expect(svg).not.toMatch(/<text|<script|<image|href=|@import|url\(/);
  });

  for (const size of [32, 48, 96, 128]) {
    it(`icon-${size}.png: ${size}×${size}, transparent corners, the blue tile and the white sheet`, () => {
      const icon = png(`icon-${size}.png`);
      expect([icon.width, icon.height, icon.channels]).toEqual([size, size, 4]);
      expect(icon.pixel(0, 0)[3]).toBe(0);
      expect(icon.pixel(size - 1, size - 1)[3]).toBe(0);
      const at = (fx: number, fy: number) => icon.pixel(Math.floor(size * fx), Math.floor(size * fy));
      const [r, g, b, a] = at(0.08, 0.5); // the tile's left edge
      expect(a).toBe(255);
      expect(b).toBeGreaterThan(200);
      expect(r).toBeLessThan(80);
      expect(g).toBeLessThan(150);
      expect(at(0.3, 0.4).slice(0, 3).every((c) => c > 200)).toBe(true); // the sheet, white
    });
  }

  it('banner-220x140.png: 220×140', () => {
    const banner = png('banner-220x140.png');
    expect([banner.width, banner.height]).toEqual([220, 140]);
  });

  for (const name of ['screenshot-sidebar-en.png', 'screenshot-summary-en.png', 'screenshot-sidebar-fa.png', 'screenshot-summary-fa.png']) {
    it(`${name}: 1280×800, a real picture (the browser tests take it from the playground)`, () => {
      const shot = png(name);
      expect([shot.width, shot.height]).toEqual([1280, 800]);
      const colours = new Set<string>();
      for (let y = 0; y < 800; y += 20) for (let x = 0; x < 1280; x += 20) colours.add(shot.pixel(x, y).join());
      expect(colours.size).toBeGreaterThan(20);
    });
  }
});

describe('the privacy policy and the terms', () => {
  const policy = read('privacy-policy.html');
  const terms = read('terms-of-service.html');
  const PLACEHOLDERS = ['{{CONTACT_EMAIL}}', '{{EFFECTIVE_DATE}}', '{{GOVERNING_LAW}}', '{{PUBLISHER}}'];

  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
  });

  it('their only placeholders are the four the publishing steps list', () => {
    const found = new Set([...`${policy}${terms}`.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0]));
    expect([...found].sort()).toEqual(PLACEHOLDERS);
    const steps = read('README.md');
    for (const placeholder of PLACEHOLDERS) expect(steps).toContain(`\`${placeholder}\``);
    expect(terms).toContain('href="privacy-policy.html"');
  });

  it('the policy lists exactly the scopes of the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    const listed = new Set(policy.match(/https:\/\/www\.googleapis\.com\/auth\/[a-z.]+/g));
    expect([...listed].sort()).toEqual([...manifest.oauthScopes].sort());
  });

  it('the policy names what the code keeps: the document properties it sets and the mark on its sheet', () => {
    for (const key of [REQUEST_PREFIX, LAST_SUMMARY_PROPERTY, OWNER_KEY]) expect(policy).toContain(`<code>${key}</code>`);
    // Every document property the server code writes (the self-test's restores included) is one of those the policy names.
    const server = join(root, 'src/server');
    const files = (readdirSync(server, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
    const writes = files.flatMap((file) => [...readFileSync(join(server, file), 'utf8').matchAll(/\.setPropert(?:y|ies)\(([^;]*)\);/g)].map((m) => m[1]));
    expect(writes.length).toBeGreaterThan(0);
    const keys = writes.flatMap((call) => call.match(/\b[A-Z][A-Z_]{3,}\b/g) ?? []).filter((word) => word !== 'JSON');
    expect(new Set(keys)).toEqual(new Set(['REQUEST_PREFIX', 'LAST_SUMMARY_PROPERTY']));
  });

  it('"sends nothing anywhere" holds for the built add-on: no URL, no fetch, no outside resource', () => {
    for (const file of ['Code.js', 'Sidebar.html']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      expect(text, file).not.toMatch(/https?:\/\/|UrlFetchApp|XMLHttpRequest|WebSocket|sendBeacon|\bfetch\(/);
      expect(text, file).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img[^>]+src=|@import/);
    }
  });
});

describe('the publishing steps', () => {
  it('name every file of the kit, and every file they name is there', () => {
    const steps = read('README.md');
    for (const file of readdirSync(kit).filter((name) => name !== 'README.md')) expect(steps, file).toContain(file);
    for (const [, file] of steps.matchAll(/`([\w-]+\.(?:png|svg|html|md))`/g)) expect(existsSync(join(kit, file)), file).toBe(true);
  });
});
