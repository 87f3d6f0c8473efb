/**
 * The sidebar's self-test view (Help → Check the add-on): runs runSelfTest, then shows the one-line summary and a table of
 * check, expected, got and result by group, in the chosen language (the result is language-neutral, so switching the
 * language redraws without running again), with a way to copy the report as text. Text only, as in the rest of the
 * sidebar (dom.ts).
 */
import { languageOf } from '../cells/locale';
import { LANGUAGES, type Language } from '../kpi/types';
import type { SelfTestResult } from '../server/rpc-types';
import { SELF_TEST_LABELS } from '../server/selftest/labels';
import { makeReport, type SelfTestReport } from '../server/selftest/report';
import { byId, h, replaceChildren } from './dom';
import { renderFrame, renderLanguages } from './render';
import { asError, rpc } from './rpc';
import { stringsFor, type SidebarStrings } from './strings';

/** Right-to-left letters (Hebrew, Arabic, Persian). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** A cell of the report: a sentence in its own direction; a formula, number, date or list left to right, whatever the page's direction. */
function cell(doc: Document, text: string): HTMLElement {
  return h(doc, 'td', {}, h(doc, 'bdi', { attrs: { dir: RTL_LETTER.test(text) ? 'auto' : 'ltr' } }, text));
}

/** The report as a table: the column headings, then per group a heading row and one row per check. */
export function renderReport(doc: Document, container: HTMLElement, report: SelfTestReport): void {
  const [check, expected, got, result] = report.columns;
  const head = h(doc, 'thead', {}, h(doc, 'tr', {}, ...[check, expected, got, result].map((text) => h(doc, 'th', { attrs: { scope: 'col' } }, text))));
  const bodies = report.groups.map((group) =>
    h(doc, 'tbody', { attrs: { 'data-group': group.group } },
      h(doc, 'tr', { className: 'group' }, h(doc, 'th', { attrs: { colspan: '4', scope: 'colgroup' } }, group.heading)),
      ...group.rows.map((row) =>
        h(doc, 'tr', { attrs: { 'data-pass': String(row.pass) } },
          cell(doc, row.label),
          cell(doc, row.expected),
          cell(doc, row.got),
          h(doc, 'td', { className: 'result' }, row.pass ? `✓ ${report.pass}` : `✗ ${report.fail}`)))));
  const columns = h(doc, 'colgroup', {}, h(doc, 'col', { className: 'check' }), h(doc, 'col'), h(doc, 'col'), h(doc, 'col', { className: 'result' }));
  replaceChildren(container, h(doc, 'table', { className: 'selftest-table' }, columns, head, ...bodies));
}

/** Starts the self-test view on a document made from sidebar.html; `ready` settles once the first report is drawn (or its error shown). */
export function startSelfTest(doc: Document): { readonly ready: Promise<void> } {
  const el = {
    title: byId(doc, 'title'),
    intro: byId(doc, 'intro'),
    builder: byId(doc, 'builder'),
    section: byId(doc, 'selftest'),
    language: byId<HTMLSelectElement>(doc, 'language'),
    error: byId(doc, 'error'),
    summary: byId(doc, 'selftest-summary'),
    run: byId<HTMLButtonElement>(doc, 'selftest-run'),
    copy: byId<HTMLButtonElement>(doc, 'selftest-copy'),
    copyStatus: byId(doc, 'selftest-copy-status'),
    text: byId<HTMLTextAreaElement>(doc, 'selftest-text'),
    report: byId(doc, 'selftest-report'),
  };
  el.intro.hidden = true;
  el.builder.hidden = true;
  el.section.hidden = false;

  let language: Language = languageOf(doc.defaultView?.navigator.language ?? 'en');
  let chosen = false;
  let strings: SidebarStrings = stringsFor(language);
  let result: SelfTestResult | null = null;
  let running = false;

  const showError = (message: string): void => {
    el.error.textContent = message;
    el.error.hidden = message === '';
  };

  function render(): void {
    strings = stringsFor(language);
    renderFrame(doc, language, strings);
    renderLanguages(doc, el.language, language);
    el.title.textContent = SELF_TEST_LABELS[language].title;
    doc.title = SELF_TEST_LABELS[language].title;
    el.run.disabled = running;
    el.copy.disabled = running || result === null;
    if (running) {
      el.summary.textContent = strings.checking;
      el.summary.className = 'selftest-summary';
      return;
    }
    if (!result) return;
    const report = makeReport(result, language);
    el.summary.textContent = report.summary;
    el.summary.className = `selftest-summary ${report.failed === 0 ? 'passed' : 'failed'}`;
    el.text.value = report.text;
    renderReport(doc, el.report, report);
  }

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    showError('');
    el.copyStatus.textContent = '';
    el.text.hidden = true;
    render();
    try {
      const answer = await rpc('runSelfTest', chosen ? language : null);
      result = answer;
      if (!chosen) language = answer.language;
    } catch (error) {
      showError(asError(error).message);
    } finally {
      running = false;
      render();
    }
  }

  /** The report to the clipboard; where the page may not write it, the text shown selected for the user to copy. */
  async function copy(): Promise<void> {
    if (!result) return;
    const text = makeReport(result, language).text;
    try {
      const clipboard = doc.defaultView?.navigator.clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
      el.copyStatus.textContent = strings.copied;
    } catch {
      el.text.value = text;
      el.text.hidden = false;
      el.text.focus();
      el.text.select();
      el.copyStatus.textContent = strings.copyHint;
    }
  }

  el.language.addEventListener('change', () => {
    const value = el.language.value as Language;
    if (!LANGUAGES.includes(value)) return;
    language = value;
    chosen = true;
    render();
  });
  el.run.addEventListener('click', () => void run());
  el.copy.addEventListener('click', () => void copy());

  return { ready: run() };
}
