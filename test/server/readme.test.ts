import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withReference } from '../../scripts/readme-reference';

describe('README', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  it('starts with the run and test commands', () => {
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toMatch(/npm ci && npm (start|run build)/);
  });
  it('holds the function reference the catalog generates (run `npm run docs` after changing src/kpi)', () => {
    expect(readme).toBe(withReference(readme));
  });
});
