import { describe, it, expect } from 'vitest';
import { groupBy } from '../../../src/lib/shared/group.ts';

describe('groupBy', () => {
  it('groups by one key, keeping the order within each group', () => {
    const rows = [
      { nis: '46021', jaar: 2024 },
      { nis: '44021', jaar: 2024 },
      { nis: '46021', jaar: 2025 },
    ];
    expect(groupBy(rows, (r) => r.nis)).toEqual(
      new Map([
        ['46021', [rows[0], rows[2]]],
        ['44021', [rows[1]]],
      ]),
    );
  });

  it('puts an item with several keys in each of its groups once', () => {
    const a = { id: 'a', themas: ['taal', 'werk', 'taal'] };
    const b = { id: 'b', themas: ['werk'] };
    const c = { id: 'c', themas: [] };
    const groups = groupBy([a, b, c], (p) => p.themas);
    expect(groups.get('taal')).toEqual([a]);
    expect(groups.get('werk')).toEqual([a, b]);
    expect([...groups.keys()]).toEqual(['taal', 'werk']);
  });

  it('treats a string key as one key, not as its characters', () => {
    expect([...groupBy(['Gent'], (name) => name).keys()]).toEqual(['Gent']);
  });
});
