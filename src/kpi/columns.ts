/** Header labels of the tables the functions spill, by column key, in the four languages. */
import type { Language, Localized } from './types';

const COLUMNS: Record<string, Localized> = {
  stage: { en: 'Stage', fa: 'مرحله', ar: 'المرحلة', ru: 'Этап' },
  count: { en: 'Count', fa: 'تعداد', ar: 'العدد', ru: 'Количество' },
  from_previous: { en: 'Conversion from previous', fa: 'تبدیل از مرحله قبل', ar: 'التحويل من المرحلة السابقة', ru: 'Конверсия из предыдущего этапа' },
  from_first: { en: 'Conversion from first', fa: 'تبدیل از مرحله اول', ar: 'التحويل من المرحلة الأولى', ru: 'Конверсия из первого этапа' },
  drop_off: { en: 'Drop-off', fa: 'ریزش', ar: 'التسرب', ru: 'Отсев' },
};

/** The label of a table column in `language`; a key without a label (a period number) is shown as it is. */
export function columnLabel(key: string, language: Language): string {
  return COLUMNS[key]?.[language] ?? key;
}

