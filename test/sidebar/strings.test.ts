/** The sidebar's string tables: every string in English, Persian, Arabic and Russian, none left empty or untranslated. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/kpi/types';
import { isRightToLeft, LANGUAGE_NAMES, STRINGS, stringsFor } from '../../src/sidebar/strings';

/** Every leaf of a table as path → text; functions are called with a marker argument. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[`${path}()`, (value as (arg: string) => string)('«ARG»')]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
}

const SCRIPT: Record<Language, RegExp> = { en: /[A-Za-z]/, fa: /[\u0600-\u06FF]/, ar: /[\u0600-\u06FF]/, ru: /[А-Яа-яЁё]/ };

describe('sidebar strings', () => {
  const english = new Map(leaves(STRINGS.en));

  it.each(LANGUAGES)('%s has every key of English, each non-empty, in its own script', (language) => {
    const table = new Map(leaves(STRINGS[language]));
    expect([...table.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of table) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toMatch(SCRIPT[language]);
      if (key.endsWith('()')) expect(text, key).toContain('«ARG»');
    }
  });

  it.each(['fa', 'ar', 'ru'] as const)('%s translates the sentences (no English left over)', (language) => {
    for (const [key, text] of leaves(STRINGS[language])) {
      const en = english.get(key)!;
      if (en.replace('«ARG»', '').replace(/[^A-Za-z]/g, '').length > 3) expect(text, key).not.toBe(en);
    }
  });

  it('Persian uses the same words as the summary labels for Use selection and Rebuild', () => {
    expect(STRINGS.fa.useSelection).toBe('استفاده از انتخاب');
    expect(STRINGS.ar.useSelection).toBe('استخدام التحديد');
    expect(STRINGS.ru.useSelection).toBe('Использовать выделение');
    expect(STRINGS.ru.rebuild).toBe('Пересобрать сводку');
  });

  it('chooses the table by language, English otherwise; fa and ar are right to left', () => {
    expect(stringsFor('ru')).toBe(STRINGS.ru);
    expect(stringsFor('de')).toBe(STRINGS.en);
    expect(stringsFor(null)).toBe(STRINGS.en);
    expect(LANGUAGES.filter(isRightToLeft)).toEqual(['fa', 'ar']);
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LANGUAGES].sort());
  });
});
