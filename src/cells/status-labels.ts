/** Status cells (won, lost, open) in the four languages, read the same way by the functions and the summary. */
import type { Language, Outcome } from '../kpi/types';
import { normalizeHeader } from './normalize';

type Synonyms = Readonly<Record<Language, readonly string[]>>;

/** A sale's outcome as a status cell states it. */
export type StatusLabel = Outcome;

/** Status cell words per outcome, four languages each. */
export const STATUS_LABELS: Readonly<Record<StatusLabel, Synonyms>> = {
  won: {
    en: ['won', 'closed won', 'win', 'success', 'successful', 'converted', 'paid', 'purchased', 'sold', 'deal won', 'closed-won'],
    fa: ['موفق', 'برنده', 'برد', 'بسته شده موفق', 'موفقیت', 'فروش موفق', 'خرید کرد', 'برنده شد', 'بسته شد موفق', 'فروخته شد'],
    ar: ['مكسوبة', 'مكسوب', 'ناجحة', 'ناجح', 'ربح', 'فوز', 'تم البيع', 'مغلقة ناجحة', 'مغلقة مكسوبة', 'مكتملة'],
    ru: ['выиграна', 'выигран', 'выиграно', 'успешно', 'успешна', 'успех', 'оплачено', 'закрыта успешно', 'сделка успешна',
      'успешно реализовано'],
  },
  lost: {
    en: ['lost', 'closed lost', 'lose', 'loss', 'failed', 'unsuccessful', 'rejected', 'dead', 'no sale', 'declined', 'closed-lost',
      'deal lost'],
    fa: ['ناموفق', 'باخته', 'باخت', 'از دست رفته', 'شکست', 'لغو شده', 'رد شده', 'منصرف شد', 'بسته شده ناموفق', 'لغو'],
    ar: ['خاسرة', 'خاسر', 'مفقودة', 'مفقود', 'خسارة', 'فاشلة', 'فشل', 'مرفوضة', 'ملغاة', 'مغلقة خاسرة', 'ضائعة'],
    ru: ['проиграна', 'проигран', 'проиграно', 'отказ', 'неуспешно', 'неуспешна', 'потеряна', 'потерян', 'закрыта неуспешно',
      'отклонена', 'отменена', 'провал'],
  },
  open: {
    en: ['open', 'in progress', 'pending', 'new', 'negotiation', 'proposal', 'qualified', 'contacted', 'working', 'follow up', 'active'],
    fa: ['باز', 'در جریان', 'در حال پیگیری', 'جدید', 'در انتظار', 'در حال مذاکره', 'پیگیری', 'فعال'],
    ar: ['مفتوحة', 'مفتوح', 'قيد التنفيذ', 'قيد المتابعة', 'جديدة', 'جديد', 'قيد التفاوض', 'معلقة', 'نشطة'],
    ru: ['открыта', 'открыт', 'в работе', 'новая', 'новый', 'в процессе', 'переговоры', 'ожидание', 'активна'],
  },
};

/** Negations that turn a won label into a lost one ("not won", "не выиграна"). */
export const NEGATIONS: readonly string[] = ['not', 'no', 'non', 'не', 'عدم', 'نه', 'غير', 'لم'];


/** Each phrase's normalised tokens joined by a space → its outcome; built on first use. */
let phrases: Map<string, StatusLabel> | undefined;
let negations: Set<string> | undefined;
const cache = new Map<string, StatusLabel | null>();

function table(): Map<string, StatusLabel> {
  if (!phrases) {
    phrases = new Map();
    for (const label of Object.keys(STATUS_LABELS) as StatusLabel[]) {
      for (const words of Object.values(STATUS_LABELS[label])) for (const phrase of words) phrases.set(normalizeHeader(phrase).join(' '), label);
    }
    negations = new Set(NEGATIONS.flatMap((word) => normalizeHeader(word)));
  }
  return phrases;
}

/** A status cell's outcome in any of the four languages: the whole text is one of the phrases, or a negation then a phrase ("not won" is lost); null otherwise. */
export function recognizeStatusLabel(text: string): StatusLabel | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const tokens = normalizeHeader(text);
  const known = table();
  let result: StatusLabel | null = known.get(tokens.join(' ')) ?? null;
  if (result === null && tokens.length > 1 && negations!.has(tokens[0])) {
    const negated = known.get(tokens.slice(1).join(' '));
    result = negated === 'won' ? 'lost' : negated === 'lost' ? 'won' : null;
  }
  if (cache.size < 4096) cache.set(text, result);
  return result;
}
