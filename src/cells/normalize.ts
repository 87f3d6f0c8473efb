/** Header text → comparable tokens, for English, Persian, Arabic and Russian headers. */

/** Arabic letter variants → the Persian letter they are matched as (ي ى → ی, ك → ک, ة → ه, أ إ آ → ا, ؤ → و). */
const LETTERS: Readonly<Record<string, string>> = {
  '\u064A': 'ی', '\u0649': 'ی', '\u0626': 'ی', '\u06D0': 'ی', '\u06CD': 'ی',
  '\u0643': 'ک', '\u06AA': 'ک',
  '\u0629': 'ه', '\u06C0': 'ه', '\u06C1': 'ه', '\u06D5': 'ه', '\u06BE': 'ه',
  '\u0623': 'ا', '\u0625': 'ا', '\u0622': 'ا', '\u0671': 'ا', '\u0672': 'ا', '\u0673': 'ا',
  '\u0624': 'و', 'ё': 'е',
};
const LETTER_PATTERN = /[\u064A\u0649\u0626\u06D0\u06CD\u0643\u06AA\u0629\u06C0\u06C1\u06D5\u06BE\u0623\u0625\u0622\u0671-\u0673\u0624ё]/g;

/** Harakat, superscript alef, Quranic marks, tatweel and the lone hamza: dropped without a trace. */
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0621\u0674]/g;

/** Zero-width and other invisible format characters (ZWNJ, ZWJ, LRM, RLM, BOM, …) and controls: a word break. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

/** HTML-like tags such as `<b>` or `</span class="x">`: only their text is kept. */
const TAG = /<\/?[a-z][^<>]*>/gi;

/** Anything that is not a letter, a digit or a combining mark separates tokens. */
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/** Persian plural and ezafe fragments left standing alone after a ZWNJ became a space. */
const FRAGMENTS: ReadonlySet<string> = new Set(['ها', 'های', 'هایی', 'ی']);

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits → ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}

/** One character-level cleaning pass: NFKC, lower case, letter variants, dropped marks, digits. */
function clean(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase().normalize('NFKC');
  return asciiDigits(lower.replace(LETTER_PATTERN, (c) => LETTERS[c] ?? c).replace(DROPPED, ''));
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]$/;
const CYRILLIC = /[а-я]$/;
const LATIN = /[a-z]$/;

/** Arabic article forms, stripped when at least three letters remain. */
const ARTICLES: readonly string[] = ['وال', 'بال', 'لل', 'ال'];

/** Persian/Arabic endings, tried in order: [ending, replacement, shortest stem kept]. */
const PERSO_ARABIC_SUFFIXES: readonly (readonly [string, string, number])[] = [
  ['هایی', '', 2], ['های', '', 2], ['ها', '', 2], ['گان', 'ه', 2],
  ['ات', '', 3], ['ان', '', 3], ['ون', '', 3], ['ین', '', 3], ['هی', 'ه', 2], ['ه', '', 3],
];

/** Light Persian/Arabic stemmer, one step: the article (ال، وال، بال، لل), then one plural or feminine ending. */
function stemPersoArabicOnce(token: string): string {
  for (const article of ARTICLES) {
    if (token.startsWith(article) && token.length - article.length >= 3) return token.slice(article.length);
  }
  for (const [suffix, replacement, keep] of PERSO_ARABIC_SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= keep) return token.slice(0, -suffix.length) + replacement;
  }
  return token;
}

/** Russian inflectional endings, longest first (a light stemmer: клиенты, клиентов, клиента → клиент). */
const RUSSIAN_ENDINGS: readonly string[] = [
  'иями', 'ями', 'ами', 'иях', 'ией', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими',
  'ых', 'их', 'ах', 'ях', 'ов', 'ев', 'ей', 'ой', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
  'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ия', 'ья', 'ье', 'ью', 'ию',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

/** The Russian endings by their last letter, longest first. */
const RUSSIAN_BY_LAST: ReadonlyMap<string, readonly string[]> = RUSSIAN_ENDINGS.reduce((map, ending) => {
  const last = ending[ending.length - 1];
  map.set(last, [...(map.get(last) ?? []), ending]);
  return map;
}, new Map<string, string[]>());

/** Russian stemmer, one step: the longest ending that leaves at least three letters. */
function stemRussianOnce(token: string): string {
  for (const ending of RUSSIAN_BY_LAST.get(token[token.length - 1]) ?? []) {
    if (token.endsWith(ending) && token.length - ending.length >= 3) return token.slice(0, -ending.length);
  }
  return token;
}

/** English plural, one step: opportunities → opportunity, clicks → click (not status, gross, ads). */
function stemEnglishOnce(token: string): string {
  if (token.length >= 5 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.length >= 4 && token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

/** A token's stem, by the script of its last letter, repeated until it no longer changes. */
export function stem(token: string): string {
  let current = token;
  for (let step = 0; step < 12; step += 1) {
    const next = ARABIC_SCRIPT.test(current)
      ? stemPersoArabicOnce(current)
      : CYRILLIC.test(current) ? stemRussianOnce(current) : LATIN.test(current) ? stemEnglishOnce(current) : current;
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** One normalisation pass over a header. */
function pass(text: string): string[] {
  const spaced = text
    .replace(TAG, ' ')
    .replace(/\be[\s\-‐–]?mail/gi, 'email')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(INVISIBLE, ' ');
  const tokens: string[] = [];
  for (const piece of clean(spaced).split(SEPARATOR)) {
    if (piece === '') continue;
    const token = stem(piece);
    if (token !== '' && !FRAGMENTS.has(token)) tokens.push(token);
  }
  return tokens;
}

/** Header text → lower-case, script-normalised, stemmed tokens; idempotent on its own joined output. */
export function normalizeHeader(text: string): string[] {
  return pass(text);
}
