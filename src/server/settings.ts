/** The active spreadsheet's locale and time zone, read once per execution and only when a function needs them. */
import type { CallContext } from '../cells/read';

const DEFAULT_LOCALE = 'en_US';
const DEFAULT_TIME_ZONE = 'UTC';

let cached: { locale: string; timeZone: string } | undefined;

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  try {
    return typeof SpreadsheetApp === 'undefined' ? null : SpreadsheetApp.getActiveSpreadsheet();
  } catch {
    return null;
  }
}

function settings(): { locale: string; timeZone: string } {
  if (!cached) {
    const sheet = spreadsheet();
    cached = {
      locale: sheet?.getSpreadsheetLocale() || DEFAULT_LOCALE,
      timeZone: sheet?.getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE,
    };
  }
  return cached;
}

/** A call context whose locale and time zone are fetched from the spreadsheet on first use. */
export function callContext(fn: string): CallContext {
  return {
    fn,
    get locale() {
      return settings().locale;
    },
    get timeZone() {
      return settings().timeZone;
    },
  };
}

/** Forgets the cached settings (tests and the playground switch spreadsheets within one process). */
export function resetSettings(): void {
  cached = undefined;
}
