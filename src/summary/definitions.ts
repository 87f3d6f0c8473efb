/** A KPI's definition in the user's language: the catalog's English description, or its translation (definitions.data.ts, packed in the bundle). */
import type { Kpi, Language } from '../kpi/types';
import DEFINITIONS from './definitions.data';
import { unpacked } from './packed';

/** The translations by language and KPI id. */
export type DefinitionTable = Readonly<Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>>>;

/** A KPI's definition in `language`: the catalog's description in English, else the translation (definitions.data.ts). */
export function definition(entry: Kpi, language: Language, table: DefinitionTable = unpacked(DEFINITIONS)): string {
  return language === 'en' ? entry.description : table[language][entry.id] ?? entry.description;
}
