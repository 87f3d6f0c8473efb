/** The add-on menu and the server functions the sidebar calls (each a top-level function in Code.js). */
import { CATALOG } from '../kpi/catalog';
import type { Kpi, Language } from '../kpi/types';
import { calendarOf, languageOf } from '../cells/locale';
import { quoteSheetName } from '../summary/a1';
import { proposeKpis, summarizable, variantKey, variantParams, type Proposal } from '../summary/bindings';
import { isoOfDay } from '../kpi/periods/period';
import { clvDays } from '../summary/calibration';
import { definition } from '../summary/definitions';
import { abTestSources } from '../summary/ab-test';
import { describeRange } from '../summary/facts';
import { computeProblem } from '../summary/snapshot';
import { LABELS } from '../summary/labels';
import { allRoles, roleLabel } from '../summary/roles';
import type { Services } from './apply-plan';
import type { HtmlServiceApi, SessionApi } from './apps-script-api';
import type { KpiView, SidebarBuildResult, SidebarState } from './rpc-types';
import { buildSummary, overridesOf, readRange, rebuildSummary, savedRequest } from './summary';
import { checkAddOn } from './selftest/run';
import { selfTestPage } from './selftest/page';
import type { SelfTestResult } from './selftest/report';
import { isLanguage, requestLanguage, validateBuildRequest, validateLanguage, validateSheetId, validateStateArgs, type RequestContext } from './validate-request';

/** The Apps Script services, as globals in Apps Script and in the playground's vm context. */
declare const SpreadsheetApp: Services['SpreadsheetApp'];
declare const PropertiesService: Services['PropertiesService'];
declare const Charts: Services['Charts'];
declare const Session: SessionApi;
declare const HtmlService: HtmlServiceApi;
/** Apps Script's Utilities (sleep, while custom functions compute); absent over the fake, which computes at once. */
declare const Utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'sleep'>;

const services = (): Services => ({ SpreadsheetApp, PropertiesService, Charts });

/** The user's language: their own locale when it is one of ours, else the spreadsheet's. */
function userLanguage(): Language {
  const user = languageOf(Session.getActiveUserLocale() || '');
  return user !== 'en' || (Session.getActiveUserLocale() || '').startsWith('en') ? user : languageOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

export const MENU: Record<Language, { build: string; rebuild: string; help: string; howTo: string; check: string; helpText: string; rebuilt: (name: string) => string }> = {
  en: {
    build: 'Build KPI summary',
    rebuild: 'Rebuild summary',
    help: 'Help',
    howTo: 'How to use',
    check: 'Check the add-on',
    helpText: 'Type a KPI function in a cell (=CAC, =NPS, =CHURN …: autocomplete lists them), or select the ranges with your data and choose Build KPI summary. Your data is never changed: the summary is written to its own sheet.',
    rebuilt: (name) => `"${name}" is up to date.`,
  },
  fa: {
    build: 'ساخت خلاصه شاخص‌ها',
    rebuild: 'بازسازی خلاصه',
    help: 'راهنما',
    howTo: 'روش استفاده',
    check: 'بررسی افزونه',
    helpText: 'یک تابع شاخص را در خانه‌ای بنویسید (=CAC، =NPS، =CHURN …)، یا محدوده‌های داده را انتخاب کنید و «ساخت خلاصه شاخص‌ها» را بزنید. داده‌های شما هرگز تغییر نمی‌کنند: خلاصه در برگه‌ای جدا نوشته می‌شود.',
    rebuilt: (name) => `«${name}» به‌روز شد.`,
  },
  ar: {
    build: 'إنشاء ملخص المؤشرات',
    rebuild: 'إعادة بناء الملخص',
    help: 'مساعدة',
    howTo: 'طريقة الاستخدام',
    check: 'فحص الإضافة',
    helpText: 'اكتب دالة مؤشر في خلية (=CAC، =NPS، =CHURN …)، أو حدّد نطاقات بياناتك واختر "إنشاء ملخص المؤشرات". لا تتغير بياناتك أبدًا: يُكتب الملخص في ورقة خاصة به.',
    rebuilt: (name) => `تم تحديث "${name}".`,
  },
  ru: {
    build: 'Создать сводку KPI',
    rebuild: 'Пересобрать сводку',
    help: 'Справка',
    howTo: 'Как пользоваться',
    check: 'Проверить дополнение',
    helpText: 'Введите функцию KPI в ячейку (=CAC, =NPS, =CHURN …) или выделите диапазоны с данными и выберите «Создать сводку KPI». Ваши данные не меняются: сводка пишется на отдельный лист.',
    rebuilt: (name) => `«${name}» обновлена.`,
  },
};

/** The add-on menu (Help is a sub-menu: how to use, check the add-on), and nothing else: runs before authorisation, so it touches no data. */
export function onOpen(): void {
  const language = languageOf(Session.getActiveUserLocale() || '');
  const menu = MENU[language];
  const ui = SpreadsheetApp.getUi();
  const help = ui.createMenu(menu.help).addItem(menu.howTo, 'showHelp').addItem(menu.check, 'showSelfTest');
  ui.createAddonMenu().addItem(menu.build, 'showSidebar').addItem(menu.rebuild, 'rebuildFromMenu').addSeparator().addSubMenu(help).addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(LABELS[userLanguage()].title));
}

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(MENU[userLanguage()].help, MENU[userLanguage()].helpText, ui.ButtonSet.OK);
}

/** Help → Check the add-on: the sidebar on its self-test view, which runs the check (runSelfTest) and shows the report. */
export function showSelfTest(): void {
  const html = selfTestPage(HtmlService.createHtmlOutputFromFile('Sidebar').getContent());
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle(MENU[userLanguage()].check));
}

/** Runs the self-test in the open spreadsheet, its summaries in `language` (else the user's), and returns the result; leaves the spreadsheet as it was. */
export function runSelfTest(languageArg: unknown): SelfTestResult {
  const fallback = userLanguage();
  const language = validateLanguage(languageArg, fallback) ?? fallback;
  const sleep = typeof Utilities === 'undefined' ? undefined : (milliseconds: number) => Utilities.sleep(milliseconds);
  return checkAddOn({ services: services(), now: () => Date.now(), sleep }, language);
}

export function rebuildFromMenu(): void {
  const result = rebuildSummary(services(), new Date(), userLanguage());
  SpreadsheetApp.getActiveSpreadsheet().toast(MENU[userLanguage()].rebuilt(result.sheetName), LABELS[userLanguage()].title, 5);
}

/** The ranges of the current selection, as sheet-quoted A1. */
export function sidebarSelection(): string[] {
  const ranges = SpreadsheetApp.getActiveSpreadsheet().getActiveRangeList()?.getRanges() ?? [];
  return ranges.map((range) => `${quoteSheetName(range.getSheet().getName())}!${range.getA1Notation()}`);
}

/** A table KPI's variant menus: per option offered, its choices with their labels. */
function variantViews(entry: Kpi, language: Language): Pick<KpiView, 'variants'> {
  const words = LABELS[language].choices;
  const views = variantParams(entry).map((param) => ({
    key: variantKey(entry, param),
    name: param.name,
    options: (param.choices ?? []).map((value) => ({ value, label: words[value] ?? value })),
    value: String(param.optional?.default ?? param.choices?.[0]),
  }));
  return views.length > 0 ? { variants: views } : {};
}

/** What the request checks need: messages in `language`, and the sheets of the active spreadsheet. */
function requestContext(language: Language): RequestContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return { language, sheetExists: (name) => Boolean(spreadsheet.getSheetByName(name)) };
}

/** A KPI as the sidebar lists it: names, definition and unit in `language`, whether the selection feeds it and why not, its variants. */
function kpiView(entry: Kpi, proposal: Proposal, language: Language): KpiView {
  const l = LABELS[language];
  return {
    id: entry.id,
    family: entry.family,
    familyName: l.families[entry.family],
    name: entry.names[language],
    description: definition(entry, language),
    unit: entry.unit,
    unitName: l.units[entry.unit],
    direction: entry.direction,
    available: proposal.available,
    ...(proposal.needs ? { needs: proposal.needs } : {}),
    ...(proposal.tables ? { tables: proposal.tables } : {}),
    ...(proposal.problem ? { problem: proposal.problem } : {}),
    ...variantViews(entry, language),
  };
}

/** The sidebar's state for these ranges and role choices (checked first); a corrupt saved request is dropped with a notice. */
export function sidebarState(rangesArg: unknown, rolesArg: unknown, language: unknown): SidebarState {
  const lang = isLanguage(language) ? language : userLanguage();
  const { ranges, roles } = validateStateArgs(rangesArg, rolesArg, language, requestContext(lang));
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheet.getSpreadsheetLocale();
  const inputs = ranges.map((a1) => {
    try {
      return readRange(spreadsheet.getRange(a1));
    } catch {
      throw new Error(LABELS[lang].rangeGone(a1));
    }
  });
  const facts = inputs.map((input, i) => describeRange(input, locale, overridesOf(roles, i), timeZone));
  const data = inputs.map((input) => input.values);
  const proposals = new Map(proposeKpis(facts, lang, (entry, binding) => computeProblem(entry, binding, facts, data, { locale, timeZone })).map((p) => [p.id, p]));
  const saved = savedRequest(services(), lang);
  const clv = clvDays(facts, timeZone);
  return {
    language: lang,
    locale,
    calendar: calendarOf(locale),
    ranges: facts.map((range) => ({
      a1: range.a1,
      sheetName: range.sheetName,
      hasHeader: range.hasHeader,
      columns: range.columns.map((c) => ({ index: c.index, header: c.header, a1: c.a1, type: c.type, nonBlank: c.nonBlank, role: c.role, confidence: c.confidence })),
    })),
    kpis: CATALOG.filter(summarizable).map((entry) => kpiView(entry, proposals.get(entry.id)!, lang)),
    roles: allRoles().map((info) => ({ role: info.role, label: roleLabel(info.role, lang) })),
    abTest: abTestSources(facts, data, locale),
    ...(clv ? { calibration: { first: isoOfDay(clv.first), last: isoOfDay(clv.last), split: isoOfDay(clv.split ?? clv.last) } } : {}),
    lastRequest: saved && !('discarded' in saved) ? saved.request : null,
    ...(saved && 'discarded' in saved ? { notice: saved.discarded } : {}),
  };
}

/** Builds the summary for the sidebar's request, once it passes its checks (their messages in its language, else the user's). */
export function sidebarBuild(payload: unknown): SidebarBuildResult {
  const request = validateBuildRequest(payload, requestContext(requestLanguage(payload) ?? userLanguage()));
  const result = buildSummary(services(), request, new Date());
  const language = request.language;
  SpreadsheetApp.getActiveSpreadsheet().toast(MENU[language].rebuilt(result.sheetName), LABELS[language].title, 5);
  return result;
}

export function sidebarRebuild(): SidebarBuildResult {
  return rebuildSummary(services(), new Date(), userLanguage());
}

export function sidebarActivate(sheetIdArg: unknown): void {
  const sheetId = validateSheetId(sheetIdArg, userLanguage());
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets().find((candidate) => candidate.getSheetId() === sheetId);
  if (sheet) spreadsheet.setActiveSheet(sheet);
}
