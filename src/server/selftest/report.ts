/**
 * The self-test's result as the server returns it (checks whose texts are formulas, numbers or phrases, so the same result
 * reads in any of the four languages), and the report made of it: the checks by group, a one-line summary, and the plain
 * text a user copies (tab-separated: it pastes into a sheet as a table). The sidebar and `npm run selftest` make the
 * report; Code.js only makes the result, so the labels of four languages stay out of it.
 */
import type { Language } from '../../kpi/types';
import { say, SELF_TEST_LABELS, type CheckGroup, type Text } from './labels';

export type { CheckGroup, Text } from './labels';

/** One check: what was checked, the expected and the read value, and whether they agree. */
export interface SelfTestCheck {
  readonly group: CheckGroup;
  readonly label: Text;
  readonly expected: Text;
  readonly got: Text;
  readonly pass: boolean;
}

/** What runSelfTest returns: plain JSON. */
export interface SelfTestResult {
  /** The user's language on the server (the summaries' labels): the report's language unless the reader chooses another. */
  readonly language: Language;
  readonly checks: readonly SelfTestCheck[];
  readonly elapsedMs: number;
}

/** A check in a language. */
export interface ReportRow {
  readonly label: string;
  readonly expected: string;
  readonly got: string;
  readonly pass: boolean;
}

/** The report in one language. */
export interface SelfTestReport {
  readonly language: Language;
  readonly title: string;
  /** One line: all passed, or how many failed and the first. */
  readonly summary: string;
  readonly passed: number;
  readonly failed: number;
  /** The check, expected, got and result headings. */
  readonly columns: readonly [string, string, string, string];
  readonly pass: string;
  readonly fail: string;
  readonly groups: readonly { readonly group: CheckGroup; readonly heading: string; readonly rows: readonly ReportRow[] }[];
  /** The whole report as text: title, summary, then one tab-separated line per check under its group. */
  readonly text: string;
}

const GROUP_ORDER: readonly CheckGroup[] = ['environment', 'examples', 'tables', 'summary', 'cleanup'];

/** A cell of the copied text: one line, no tabs. */
const cell = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

/** Whether every check passed (and there was at least one). */
export const allPassed = (result: SelfTestResult): boolean => result.checks.length > 0 && result.checks.every((check) => check.pass);

/** The report of a result, in `language` (by default the result's). */
export function makeReport(result: SelfTestResult, language: Language = result.language): SelfTestReport {
  const l = SELF_TEST_LABELS[language];
  const isolate = language === 'fa' || language === 'ar';
  const text = (value: Text): string => say(value, l, isolate);
  const rowOf = (check: SelfTestCheck): ReportRow => ({ label: text(check.label), expected: text(check.expected), got: text(check.got), pass: check.pass });
  const failed = result.checks.filter((check) => !check.pass);
  const seconds = (result.elapsedMs / 1000).toFixed(1);
  const count = String(result.checks.length);
  const summary = failed.length === 0 ? l.allPassed(count, seconds) : l.someFailed(String(failed.length), count, seconds, text(failed[0].label));
  const groups = GROUP_ORDER.map((group) => ({ group, heading: l.groups[group], rows: result.checks.filter((check) => check.group === group).map(rowOf) })).filter((g) => g.rows.length > 0);
  const lines = [l.title, summary, '', l.columns.map(cell).join('\t')];
  for (const { heading, rows } of groups) {
    lines.push(cell(heading));
    for (const row of rows) lines.push([row.label, row.expected, row.got, row.pass ? l.pass : l.fail].map(cell).join('\t'));
  }
  return {
    language,
    title: l.title,
    summary,
    passed: result.checks.length - failed.length,
    failed: failed.length,
    columns: l.columns,
    pass: l.pass,
    fail: l.fail,
    groups,
    text: `${lines.join('\n')}\n`,
  };
}
