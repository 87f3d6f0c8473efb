/** Recognises a selected column's role from its header words (en, fa, ar, ru) and what its values look like. */
import { LANGUAGES } from '../kpi/types';
import { normalizeHeader } from '../cells/normalize';
import { recognizeStatusLabel, type StatusLabel } from '../cells/status-labels';
import {
  FUNNEL_ROLES, PER_WORDS, PERIOD_WORDS, roleWords,
  type Role, type RoleKind, type Synonyms,
} from './roles';

/** What the sidebar knows of a column's values. */
export interface ColumnFacts {
  readonly type: 'number' | 'percent' | 'money' | 'date' | 'text' | 'empty';
  readonly nonBlank: number;
  readonly wholeNumbers0to10: boolean;
  readonly wholeNumbers1to6: boolean;
  readonly distinctTexts?: readonly string[];
}

/**
 * A column's recognised role (null when none), a confidence 0…1, and what decided it: the header words as the
 * synonym table writes them ("ad spend"), or "values: …", "kpi: …" (a computed KPI column), "not an input: …",
 * or "<words> (values disagree)" when the header named a role the values veto.
 */
export interface Recognition {
  readonly role: Role | null;
  readonly confidence: number;
  readonly matched: string;
}

type Target = Role | 'kpi' | 'ignore' | StatusLabel;

/** A compiled synonym: its normalised tokens, weight per token, and the words as written. */
interface Phrase {
  readonly target: Target;
  readonly kind: RoleKind | null;
  readonly tokens: readonly string[];
  readonly weight: number;
  readonly source: string;
  readonly order: number;
}

/** A phrase found in a header: which token positions it covers and how well. */
interface Match {
  readonly phrase: Phrase;
  readonly score: number;
  readonly covered: ReadonlySet<number>;
  readonly start: number;
  readonly contiguous: boolean;
}

/** Phrases indexed by their rarest token: a phrase matches only where all its tokens are, so one key is enough. */
interface Table {
  readonly byToken: ReadonlyMap<string, readonly Phrase[]>;
}

interface Tables {
  readonly roles: Table;
  readonly stop: ReadonlySet<string>;
  readonly filler: ReadonlySet<string>;
  readonly per: ReadonlySet<string>;
  readonly period: ReadonlySet<string>;
}

/** Little words ignored when matching (of, در, في, на, …). */
const STOP_WORDS = ['of', 'the', 'a', 'an', 'at', 'in', 'on', 'for', 'to', 'by', 'from', 'and', 'از', 'در', 'به', 'و', 'برای', 'با',
  'را', 'في', 'من', 'على', 'إلى', 'عن', 'на', 'в', 'во', 'по', 'за', 'для', 'из', 'от', 'с', 'и', 'к'];

/** Words that qualify without naming (total, تعداد, عدد, количество, currencies): they do not lower coverage. */
const FILLER_WORDS = ['total', 'number', 'count', 'num', 'no', 'usd', 'eur', 'gbp', 'rub', 'irr', 'irt', 'sum', 'all', 'overall',
  'monthly', 'daily', 'weekly', 'yearly', 'annual', 'تعداد', 'کل', 'مجموع', 'جمع', 'تومان', 'ریال', 'ماهانه', 'روزانه', 'سالانه',
  'عدد', 'إجمالي', 'ريال', 'دولار', 'شهري', 'يومي', 'количество', 'кол', 'всего', 'руб', 'рублей', 'ежемесячно', 'итого'];

const VERDICT_BONUS = { confirm: 0.3, ok: 0, weak: -0.3 } as const;
const VERDICT_CONFIDENCE = { confirm: 0.15, ok: 0, weak: -0.15 } as const;
type Verdict = keyof typeof VERDICT_BONUS | 'veto';
type ValueType = ColumnFacts['type'];

/** Normalised tokens of a list of words, for sets. */
function tokenSet(words: readonly string[], drop: ReadonlySet<string> = new Set()): ReadonlySet<string> {
  return new Set(words.flatMap((word) => normalizeHeader(word)).filter((token) => !drop.has(token)));
}

/** Compiles synonym lists into an index; a ZWNJ-joined word is also indexed written solid (دنبال‌کننده, دنبالکننده). */
function compile(entries: readonly { target: Target; kind: RoleKind | null; synonyms: Synonyms }[], stop: ReadonlySet<string>): Table {
  const phrases: Phrase[] = [];
  const seen = new Set<string>();
  entries.forEach(({ target, kind, synonyms }, order) => {
    for (const language of LANGUAGES) {
      for (const word of synonyms[language]) {
        const weak = word.startsWith('~');
        const source = weak ? word.slice(1) : word;
        for (const variant of source.includes('\u200C') ? [source, source.replace(/\u200C/g, '')] : [source]) {
          const tokens = normalizeHeader(variant).filter((token) => !stop.has(token));
          const key = `${target}\u0000${tokens.join(' ')}`;
          if (tokens.length === 0 || seen.has(key)) continue;
          seen.add(key);
          phrases.push({ target, kind, tokens, weight: weak ? 0.5 : 1, source, order });
        }
      }
    }
  });
  const frequency = new Map<string, number>();
  for (const phrase of phrases) for (const token of phrase.tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const byToken = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const key = phrase.tokens.reduce((rarest, token) => ((frequency.get(token) ?? 0) < (frequency.get(rarest) ?? 0) ? token : rarest));
    const list = byToken.get(key);
    if (list === undefined) byToken.set(key, [phrase]);
    else list.push(phrase);
  }
  return { byToken };
}

let compiled: Tables | undefined;

/** The synonym tables, compiled once on first use. */
function tables(): Tables {
  if (compiled !== undefined) return compiled;
  const stop = tokenSet(STOP_WORDS);
  const roleEntries = [
    ...roleWords().roles.map((info) => ({ target: info.role, kind: info.kind, synonyms: info.synonyms })),
    { target: 'kpi' as const, kind: null, synonyms: roleWords().kpiResultWords },
    { target: 'ignore' as const, kind: null, synonyms: roleWords().notAnInput },
  ];
  compiled = {
    roles: compile(roleEntries, stop),
    stop,
    filler: tokenSet(FILLER_WORDS),
    per: tokenSet(PER_WORDS),
    period: tokenSet(PERIOD_WORDS),
  };
  return compiled;
}

/** Where a phrase occurs in the tokens: in order and contiguous (full score), or scattered (0.9), or not at all. */
function locate(phrase: Phrase, tokens: readonly string[]): Match | undefined {
  const n = phrase.tokens.length;
  for (let i = 0; i + n <= tokens.length; i += 1) {
    if (phrase.tokens.every((token, k) => tokens[i + k] === token)) {
      const covered = new Set(Array.from({ length: n }, (_, k) => i + k));
      return { phrase, score: n * phrase.weight, covered, start: i, contiguous: true };
    }
  }
  const covered = new Set<number>();
  for (const token of phrase.tokens) {
    const at = tokens.findIndex((candidate, i) => candidate === token && !covered.has(i));
    if (at < 0) return undefined;
    covered.add(at);
  }
  return { phrase, score: n * phrase.weight * 0.9, covered, start: Math.min(...covered), contiguous: false };
}

/** Every phrase of the table that occurs in the tokens. */
function findMatches(tokens: readonly string[], table: Table): Match[] {
  const present = new Set(tokens);
  const matches: Match[] = [];
  for (const token of present) {
    for (const phrase of table.byToken.get(token) ?? []) {
      if (!phrase.tokens.every((t) => present.has(t))) continue;
      const match = locate(phrase, tokens);
      if (match !== undefined) matches.push(match);
    }
  }
  return matches;
}

/** Header tokens without the little words. */
function matchTokens(text: string, t: Tables): string[] {
  return normalizeHeader(text).filter((token) => !t.stop.has(token));
}

/** Whether the values fit a role's kind: confirm, ok, weak (no data, or an odd format) or veto. */
function judge(kind: RoleKind, role: Role, type: ValueType, facts: ColumnFacts): Verdict {
  if (type === 'empty') return 'weak';
  switch (kind) {
    case 'money':
      return type === 'money' ? 'confirm' : type === 'number' ? 'ok' : 'veto';
    case 'count':
      return type === 'number' ? 'confirm' : type === 'money' ? 'weak' : 'veto';
    case 'fraction':
      return type === 'percent' ? 'confirm' : type === 'number' ? 'ok' : 'veto';
    case 'score':
      return type !== 'number' ? 'veto' : facts.wholeNumbers0to10 ? 'confirm' : 'weak';
    case 'answers':
      return type !== 'number' ? 'veto' : facts.wholeNumbers1to6 ? 'confirm' : facts.wholeNumbers0to10 ? 'ok' : 'weak';
    case 'date':
      return type === 'date' ? 'confirm' : type === 'text' || (type === 'number' && role === 'date') ? 'weak' : 'veto';
    case 'label':
      return type === 'text' ? 'confirm' : 'veto';
    case 'id':
      return type === 'text' ? 'ok' : type === 'number' ? 'weak' : 'veto';
  }
}

/** Confidence of a header match: how much of the header it explains, its length, and what the values say. */
function confidence(match: Match, tokens: readonly string[], verdict: Exclude<Verdict, 'veto'>, t: Tables): number {
  let significant = 0;
  let covered = 0;
  tokens.forEach((token, i) => {
    const covers = match.covered.has(i);
    if (t.filler.has(token) || /^q?\d+$/.test(token) || (!covers && (t.per.has(token) || t.period.has(token)))) return;
    significant += 1;
    if (covers) covered += 1;
  });
  const coverage = significant === 0 ? 1 : covered / significant;
  const value = 0.45 + 0.35 * coverage + (match.phrase.tokens.length > 1 ? 0.05 : 0) + VERDICT_CONFIDENCE[verdict]
    - (match.phrase.weight < 1 ? 0.1 : 0) - (match.contiguous ? 0 : 0.05);
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;
}

/** A KPI-result or not-an-input phrase outside the chosen match's words (a "per" before a period word does not count). */
function blocker(blockers: readonly Match[], chosen: Match | undefined, tokens: readonly string[], t: Tables): Match | undefined {
  return blockers.find((b) => {
    if (chosen !== undefined && [...b.covered].every((i) => chosen.covered.has(i))) return false;
    const only = b.phrase.tokens.length === 1 ? b.phrase.tokens[0] : undefined;
    return !(only !== undefined && t.per.has(only) && t.period.has(tokens[b.start + 1] ?? ''));
  });
}

const NONE: Recognition = { role: null, confidence: 0, matched: '' };

/** A column's role from its header and values; null for unknown columns, computed KPI columns and vetoed headers. */
export function recognizeColumn(header: string, values: ColumnFacts): Recognition {
  const t = tables();
  const formula = /^\s*=/.test(header);
  const tokens = formula ? [] : matchTokens(header, t);
  const percentSign = !formula && /[%٪]/.test(header);
  const type: ValueType = values.nonBlank === 0 ? 'empty' : percentSign && values.type === 'number' ? 'percent' : values.type;
  const matches = findMatches(tokens, t.roles);
  const blockers = matches.filter((m) => m.phrase.target === 'kpi' || m.phrase.target === 'ignore');
  const best = new Map<Role, Match>();
  for (const m of matches) {
    if (m.phrase.kind === null) continue;
    const role = m.phrase.target as Role;
    const known = best.get(role);
    if (known === undefined || m.score > known.score) best.set(role, m);
  }
  let vetoed: Match | undefined;
  const candidates: { match: Match; verdict: Exclude<Verdict, 'veto'> }[] = [];
  for (const match of best.values()) {
    const verdict = judge(match.phrase.kind as RoleKind, match.phrase.target as Role, type, values);
    if (verdict === 'veto') {
      if (vetoed === undefined || match.score > vetoed.score) vetoed = match;
    } else {
      candidates.push({ match, verdict });
    }
  }
  candidates.sort((a, b) => b.match.score + VERDICT_BONUS[b.verdict] - (a.match.score + VERDICT_BONUS[a.verdict])
    || a.match.phrase.order - b.match.phrase.order);
  const chosen = candidates[0];
  const blocking = blocker(blockers, chosen?.match, tokens, t);
  if (blocking !== undefined) {
    const prefix = blocking.phrase.target === 'kpi' ? 'kpi' : 'not an input';
    return { role: null, confidence: 0, matched: `${prefix}: ${blocking.phrase.source}` };
  }
  if (chosen !== undefined) {
    if (percentSign && chosen.match.phrase.kind !== 'fraction') return { role: null, confidence: 0, matched: 'kpi: %' };
    return fromHeader(chosen.match, chosen.verdict, tokens, values, t);
  }
  if (vetoed !== undefined) return { role: null, confidence: 0, matched: `${vetoed.phrase.source} (values disagree)` };
  return fromValues(tokens, type, values);
}

/** The recognition a header match gives; loyalty "answers" that run 0–10 are NPS scores. */
function fromHeader(match: Match, verdict: Exclude<Verdict, 'veto'>, tokens: readonly string[], values: ColumnFacts, t: Tables): Recognition {
  const role = match.phrase.target as Role;
  const sure = confidence(match, tokens, verdict, t);
  if (role === 'answers' && !values.wholeNumbers1to6 && values.wholeNumbers0to10 && values.nonBlank > 0) {
    return { role: 'score', confidence: sure, matched: `${match.phrase.source} (values 0–10)` };
  }
  return { role, confidence: sure, matched: match.phrase.source };
}

/** A role from the values alone: won/lost labels → status, funnel stage names → stage, dates, whole numbers 0–10 → score. */
function fromValues(tokens: readonly string[], type: ValueType, values: ColumnFacts): Recognition {
  if (type === 'text' && values.distinctTexts !== undefined) {
    const sample = values.distinctTexts.filter((text) => text.trim() !== '').slice(0, 24);
    let labels = 0;
    let outcomes = 0;
    let stages = 0;
    for (const text of sample) {
      const label = recognizeStatusLabel(text);
      if (label !== null) {
        labels += 1;
        if (label !== 'open') outcomes += 1;
      } else if (isFunnelStage(text)) {
        stages += 1;
      }
    }
    if (sample.length > 0 && outcomes > 0 && labels >= 0.6 * sample.length) {
      return { role: 'status', confidence: round(0.5 + 0.3 * (labels / sample.length)), matched: 'values: won/lost labels' };
    }
    if (stages >= 2 && stages + labels >= 0.6 * sample.length) return { role: 'stage', confidence: 0.55, matched: 'values: funnel stage names' };
  }
  if (type === 'date') return { role: 'date', confidence: 0.4, matched: 'values: dates' };
  if (type === 'number' && values.wholeNumbers1to6 && tokens.some((token) => /^q\d+$/.test(token))) {
    return { role: 'answers', confidence: 0.55, matched: 'values: whole numbers 1–6' };
  }
  if (type === 'number' && values.wholeNumbers0to10) return { role: 'score', confidence: 0.45, matched: 'values: whole numbers 0–10' };
  return NONE;
}

/** Rounds a confidence to two decimals. */
const round = (value: number): number => Math.round(value * 100) / 100;

const stageCache = new Map<string, boolean>();

/** Whether a cell text names a funnel stage (Lead, MQL, SQL, Opportunity, Customer, سرنخ, Лид, …). */
function isFunnelStage(text: string): boolean {
  const cached = stageCache.get(text);
  if (cached !== undefined) return cached;
  const t = tables();
  const tokens = matchTokens(text, t);
  const result = tokens.length > 0 && tokens.length <= 4 && findMatches(tokens, t.roles)
    .some((m) => FUNNEL_ROLES.includes(m.phrase.target as Role) && m.covered.size === tokens.length);
  if (stageCache.size < 4096) stageCache.set(text, result);
  return result;
}

