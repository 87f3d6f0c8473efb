/** What a spreadsheet locale (`ru_RU`, `fa_IR`, `en_US`) decides for the add-on: its language and its decimal mark. */
import type { Language } from '../kpi/types';

/** The product language for a spreadsheet locale: fa, ar, ru, or English for every other. */
export function languageOf(locale: string): Language {
  const code = locale.slice(0, 2).toLowerCase();
  return code === 'fa' || code === 'ar' || code === 'ru' ? code : 'en';
}

// Languages whose locales write 1,5 for one and a half (CLDR); the rest write 1.5.
const DECIMAL_COMMA = new Set(
  'az be bg bs ca cs da de el es et eu fi fo fr gl hr hu hy id is it ka kk ky lt lv mk mn nb nl nn no pl pt ro ru sk sl sq sr sv tr uk uz vi'.split(' '),
);
// Country locales that differ from their language's rule.
const DECIMAL_DOT_EXCEPTIONS = new Set(['es_MX', 'es_US', 'es_PR', 'de_CH', 'it_CH', 'fr_CH', 'pt_MO']);
const DECIMAL_COMMA_EXCEPTIONS = new Set(['en_ZA', 'en_BE', 'en_DK', 'en_SE', 'en_FI', 'en_NL', 'en_SI', 'en_AT', 'en_DE', 'en_CH']);

/** The decimal mark a spreadsheet locale uses when numbers are typed with ASCII digits. */
export function decimalMarkOf(locale: string): '.' | ',' {
  const normalized = locale.replace('-', '_');
  if (DECIMAL_DOT_EXCEPTIONS.has(normalized)) return '.';
  if (DECIMAL_COMMA_EXCEPTIONS.has(normalized)) return ',';
  return DECIMAL_COMMA.has(normalized.slice(0, 2).toLowerCase()) ? ',' : '.';
}
