import { describe, it, expect } from 'vitest';
import { hasPage } from '../../../src/lib/practices/visibility.ts';

describe('hasPage', () => {
  it('gives a page to published and archived practices only', () => {
    expect(hasPage('gepubliceerd')).toBe(true);
    expect(hasPage('gearchiveerd')).toBe(true);
    expect(hasPage('ingediend')).toBe(false);
    expect(hasPage('in-review')).toBe(false);
  });
  it('gives no page to a status it does not know', () => {
    expect(hasPage('verwijderd' as never)).toBe(false);
  });
});
