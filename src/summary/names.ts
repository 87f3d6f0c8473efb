/** The named ranges of one summary: its own prefix, and never a name that is not its own (compared case-insensitively, as Sheets does). */

/** How a summary may name its ranges: its prefix (kpi_, kpi2_, …) and whether a name belongs to someone else. */
export interface NamePolicy {
  readonly prefix: string;
  /** True for a name that exists in the spreadsheet and is not this summary's (the user's, or another summary's). */
  readonly foreign: (name: string) => boolean;
}

/** The prefix of the n-th summary of a spreadsheet: kpi_, kpi2_, kpi3_, … */
export const prefixOf = (n: number): string => (n <= 1 ? 'kpi_' : `kpi${n}_`);

/**
 * The first prefix no other summary records and no existing name starts with (so a new summary owns a namespace of
 * its own), compared case-insensitively.
 */
export function choosePrefix(otherPrefixes: readonly string[], existingNames: readonly string[]): string {
  const taken = new Set(otherPrefixes.map((prefix) => prefix.toLowerCase()));
  const names = existingNames.map((name) => name.toLowerCase());
  for (let n = 1; ; n++) {
    const prefix = prefixOf(n);
    if (!taken.has(prefix) && !names.some((name) => name.startsWith(prefix))) return prefix;
  }
}

/** Allocates names for roles under a policy: prefix + role, then _2, _3, … past names already used or foreign. */
export class NameAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly policy: NamePolicy) {}

  /** A fresh name for a role (letters, digits and underscores only). */
  next(role: string): string {
    const base = `${this.policy.prefix}${role.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let name = base;
    for (let i = 2; this.used.has(name.toLowerCase()) || this.policy.foreign(name); i++) name = `${base}_${i}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}
