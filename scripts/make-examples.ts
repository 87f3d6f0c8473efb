/**
 * `npm run examples`: writes examples/sample.xlsx, the playground's default workbook (committed).
 *
 * Realistic, deterministic data (a seeded generator): campaigns by month, an NPS survey, subscriptions, deals,
 * e-mail and social statistics, and three small sheets with Persian, Russian and Arabic headers. Dates are real
 * dates. A "Custom functions" sheet types our functions in cells, so the playground shows them computed.
 * Written through the fake spreadsheet and toXlsxBuffer, so formulas are saved with their results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { customFunctions } from '../src/kpi/catalog';
import { createFakeSpreadsheet } from '../src/local/fake';
import { toXlsxBuffer } from '../src/local/xlsx';
import { run } from '../src/server/custom-functions';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'examples/sample.xlsx');

/** mulberry32: a small seeded generator, so the file is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(20260115);
/** Uniform in [low, high). */
const between = (low: number, high: number): number => low + (high - low) * random();
const whole = (low: number, high: number): number => Math.floor(between(low, high + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const round = (value: number, step = 1): number => Math.round(value / step) * step;
const utc = (year: number, month: number, day = 1): Date => new Date(Date.UTC(year, month, day));
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);

type Row = unknown[];
interface SheetSpec {
  name: string;
  rows: Row[];
  /** Column widths in pixels, from column A. */
  widths?: number[];
  formats?: Record<number, string>;
  rightToLeft?: boolean;
}

/** 18 months of campaigns, July 2024 – December 2025: growth, a year-end peak and noise. */
function campaigns(): SheetSpec {
  const rows: Row[] = [['Month', 'Cost', 'Clicks', 'Impressions', 'Leads', 'MQL', 'SQL', 'New customers', 'Revenue', 'Orders', 'Items sold']];
  for (let i = 0; i < 18; i++) {
    const month = utc(2024, 6 + i);
    const season = 1 + 0.18 * Math.sin(((month.getUTCMonth() - 8) / 12) * 2 * Math.PI);
    const cost = round(18_000 * (1 + 0.025 * i) * season * between(0.92, 1.08), 10);
    const impressions = round(cost * between(11, 14), 100);
    const clicks = round(impressions * between(0.011, 0.016));
    const leads = round(clicks * between(0.055, 0.075));
    const mql = round(leads * between(0.38, 0.46));
    const sql = round(mql * between(0.42, 0.52));
    const customers = round(sql * between(0.24, 0.32));
    const orders = round(customers * between(2.6, 3.4) + 140 + 6 * i);
    const items = round(orders * between(1.7, 2.3));
    const revenue = round(orders * between(205, 245), 10);
    rows.push([month, cost, clicks, impressions, leads, mql, sql, customers, revenue, orders, items]);
  }
  return { name: 'Campaigns', rows, widths: [100, 90, 80, 100, 70, 70, 70, 110, 100, 70, 90], formats: { 1: '$#,##0', 3: '#,##0', 8: '$#,##0' } };
}

/** 80 answers to "How likely are you to recommend us?" over the second half of 2025. */
function npsSurvey(): SheetSpec {
  const rows: Row[] = [['Respondent', 'Date', 'Score']];
  for (let i = 1; i <= 80; i++) {
    const r = random();
    const score = r < 0.46 ? whole(9, 10) : r < 0.76 ? whole(7, 8) : r < 0.9 ? whole(4, 6) : whole(0, 3);
    rows.push([`R${String(i).padStart(3, '0')}`, addDays(utc(2025, 6), whole(0, 183)), score]);
  }
  rows.splice(1, rows.length - 1, ...rows.slice(1).sort((a, b) => (a[1] as Date).getTime() - (b[1] as Date).getTime()));
  return { name: 'NPS survey', rows, widths: [100, 100, 70] };
}

/** 72 subscriptions started over two years; about a third have ended (end date blank while active). */
function subscriptions(): SheetSpec {
  const plans = [
    ['Basic', 29],
    ['Pro', 79],
    ['Business', 199],
  ] as const;
  const rows: Row[] = [['Customer ID', 'Start date', 'End date', 'Plan', 'MRR']];
  const starts = Array.from({ length: 72 }, () => addDays(utc(2024, 0), whole(0, 720))).sort((a, b) => a.getTime() - b.getTime());
  starts.forEach((start, i) => {
    const [plan, mrr] = plans[random() < 0.5 ? 0 : random() < 0.75 ? 1 : 2];
    const end = random() < 0.35 ? addDays(start, whole(35, 420)) : undefined;
    const ended = end && end.getTime() < utc(2026, 0).getTime() ? end : '';
    rows.push([`C-${1001 + i}`, start, ended, plan, mrr]);
  });
  return { name: 'Subscriptions', rows, widths: [100, 100, 100, 80, 70], formats: { 4: '$#,##0' } };
}

/** 60 deals: created, closed (blank while open), stage, won/lost/open, amount and the rep. */
function deals(): SheetSpec {
  const reps = ['Alice Moreau', 'Bilal Haddad', 'Chen Wei', 'Dmitri Orlov', 'Sara Karimi'];
  const openStages = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation'];
  const rows: Row[] = [['Deal ID', 'Created date', 'Close date', 'Stage', 'Status', 'Amount', 'Rep']];
  const created = Array.from({ length: 60 }, () => addDays(utc(2025, 0), whole(0, 340))).sort((a, b) => a.getTime() - b.getTime());
  created.forEach((date, i) => {
    const age = (utc(2025, 11, 31).getTime() - date.getTime()) / 86_400_000;
    const r = random();
    const status = age < 45 && r < 0.6 ? 'open' : r < 0.42 ? 'won' : r < 0.85 ? 'lost' : 'open';
    const closed = status === 'open' ? '' : addDays(date, Math.min(Math.floor(age), whole(12, 95)));
    const stage = status === 'won' ? 'Closed won' : status === 'lost' ? 'Closed lost' : pick(openStages);
    rows.push([`D-${2001 + i}`, date, closed, stage, status, round(between(2_500, 48_000), 50), pick(reps)]);
  });
  return { name: 'Deals', rows, widths: [80, 100, 100, 110, 70, 90, 120], formats: { 5: '$#,##0' } };
}

function email(): SheetSpec {
  const names = ['Welcome series', 'Spring sale', 'Product update', 'Webinar invite', 'Summer sale', 'Case study', 'Black Friday', 'Year in review'];
  const rows: Row[] = [['Campaign', 'Sent', 'Delivered', 'Bounced', 'Unsubscribed', 'E-mail conversions']];
  for (const name of names) {
    const sent = round(between(8_000, 24_000), 10);
    const bounced = round(sent * between(0.008, 0.03));
    const delivered = sent - bounced;
    rows.push([name, sent, delivered, bounced, round(delivered * between(0.002, 0.006)), round(delivered * between(0.01, 0.035))]);
  }
  return { name: 'E-mail', rows, widths: [130, 80, 80, 80, 100, 130], formats: { 1: '#,##0', 2: '#,##0' } };
}

function social(): SheetSpec {
  const rows: Row[] = [['Month', 'Followers', 'Interactions', 'Reach']];
  let followers = 12_400;
  for (let i = 0; i < 12; i++) {
    followers = round(followers * between(1.01, 1.045));
    const reach = round(followers * between(2.2, 3.4), 10);
    rows.push([utc(2025, i), followers, round(reach * between(0.03, 0.06)), reach]);
  }
  return { name: 'Social', rows, widths: [100, 90, 100, 90], formats: { 1: '#,##0', 3: '#,##0' } };
}

/** "Sales" in Persian: date, ad spend, revenue, leads, new customers (Toman). */
function persian(): SheetSpec {
  const rows: Row[] = [['تاریخ', 'هزینه تبلیغات', 'درآمد', 'سرنخ', 'مشتریان جدید']];
  for (let i = 0; i < 12; i++) {
    const cost = round(between(380, 520) * 1e6 * (1 + 0.03 * i), 1e5);
    const leads = round(cost / between(950_000, 1_250_000));
    rows.push([utc(2025, i), cost, round(cost * between(2.6, 3.6), 1e5), leads, round(leads * between(0.12, 0.2))]);
  }
  return { name: 'فروش', rows, widths: [100, 130, 130, 70, 100], formats: { 1: '#,##0', 2: '#,##0' }, rightToLeft: true };
}

/** "Marketing" in Russian: month, costs, leads, new customers, revenue (roubles). */
function russian(): SheetSpec {
  const rows: Row[] = [['Месяц', 'Расходы', 'Лиды', 'Новые клиенты', 'Выручка']];
  for (let i = 0; i < 12; i++) {
    const cost = round(between(850_000, 1_150_000) * (1 + 0.02 * i), 1000);
    const leads = round(cost / between(1_900, 2_600));
    const customers = round(leads * between(0.1, 0.16));
    rows.push([utc(2025, i), cost, leads, customers, round(customers * between(22_000, 30_000), 1000)]);
  }
  return { name: 'Маркетинг', rows, widths: [100, 110, 70, 120, 120], formats: { 1: '#,##0', 4: '#,##0' } };
}

/** "Marketing" in Arabic: date, cost, leads, new customers, revenue. */
function arabic(): SheetSpec {
  const rows: Row[] = [['التاريخ', 'التكلفة', 'العملاء المحتملون', 'العملاء الجدد', 'الإيرادات']];
  for (let i = 0; i < 6; i++) {
    const cost = round(between(40_000, 60_000), 100);
    const leads = round(cost / between(90, 130));
    const customers = round(leads * between(0.08, 0.14));
    rows.push([utc(2025, 6 + i), cost, leads, customers, round(customers * between(1_400, 2_000), 100)]);
  }
  return { name: 'التسويق', rows, widths: [100, 90, 140, 110, 100], formats: { 1: '#,##0', 4: '#,##0' }, rightToLeft: true };
}

/** Our functions typed in cells, as a user would. */
function customFunctionSheet(): SheetSpec {
  const rows: Row[] = [
    ['KPI', 'Value', 'Formula'],
    ['Customer acquisition cost', '=CAC(Campaigns!B2:B19, Campaigns!H2:H19)'],
    ['Cost per lead', '=CPL(Campaigns!B2:B19, Campaigns!E2:E19)'],
    ['Return on ad spend', '=ROAS(Campaigns!I2:I19, Campaigns!B2:B19)'],
    ['Net Promoter Score', "=NPS('NPS survey'!C2:C81)"],
    ['Average order value', '=AOV(Campaigns!I2:I19, Campaigns!J2:J19)'],
    ['Sales cycle (median days)', '=SALES_CYCLE(Deals!B2:B61, Deals!C2:C61, "median")'],
    ['E-mail delivery rate', "=DELIVERY_RATE('E-mail'!C2:C9, 'E-mail'!B2:B9)"],
    [],
    ['Churn by quarter (Subscriptions)'],
    ['=CHURN_BY_PERIOD(Subscriptions!B2:B73, Subscriptions!C2:C73, "quarter")'],
  ];
  // Column C shows each formula as text: a leading apostrophe keeps it from being a formula.
  for (const row of rows.slice(1, 8)) row.push(`'${row[1] as string}`);
  return { name: 'Custom functions', rows, widths: [200, 110, 420] };
}

function main(): void {
  const specs = [campaigns(), npsSurvey(), subscriptions(), deals(), email(), social(), persian(), russian(), arabic(), customFunctionSheet()];
  const fake = createFakeSpreadsheet({
    name: 'sample',
    sheets: specs.map((spec) => ({ name: spec.name, values: spec.rows.map((row) => row.map((value) => (value === undefined ? '' : value))) })),
  });
  fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  for (const spec of specs) {
    const sheet = fake.spreadsheet.getSheetByName(spec.name)!;
    const columns = Math.max(...spec.rows.map((row) => row.length));
    sheet.getRange(1, 1, 1, columns).setFontWeight('bold');
    sheet.setFrozenRows(1);
    spec.widths?.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    for (let column = 0; column < columns; column++) {
      const format = spec.formats?.[column] ?? (spec.rows.some((row) => row[column] instanceof Date) ? 'yyyy-mm-dd' : undefined);
      if (format) sheet.getRange(2, column + 1, spec.rows.length - 1, 1).setNumberFormat(format);
    }
    if (spec.rightToLeft) sheet.setRightToLeft(true);
  }
  const functionsSheet = fake.spreadsheet.getSheetByName('Custom functions')!;
  functionsSheet.setFrozenRows(0);
  functionsSheet.getRange(10, 1).setFontWeight('bold');
  functionsSheet.getRange('B2:B8').setNumberFormats([['$#,##0.00'], ['$#,##0.00'], ['0.00'], ['0.0'], ['$#,##0.00'], ['0'], ['0.0%']]);
  return void toXlsxBuffer(fake).then((bytes) => {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
    console.log(`wrote ${out} (${specs.length} sheets)`);
  });
}

main();
