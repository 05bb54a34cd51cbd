import { describe, it, expect } from 'vitest';
import { spacingFaults, textBlocks } from '../../../src/lib/shared/text-spacing.ts';

describe('text blocks', () => {
  it('joins inline elements, splits at blocks and leaves scripts, styles and SVG out', () => {
    const html = `<main><p>Gent (<a href="/x">12,5 %</a>)\n  ; zie <strong>tabel</strong>.</p>
      <table><tr><td>a</td><td>b</td></tr></table><script>var x = ( 1 );</script><style>a { }</style>
      <svg><text>( svg )</text></svg></main>`;
    expect(textBlocks(html)).toEqual(['Gent (12,5 %) ; zie tabel.', 'a', 'b']);
  });
});

describe('spacing faults', () => {
  it('finds a space inside brackets and before punctuation, the traces of template line breaks', () => {
    const faults = spacingFaults('hoger dan gelijkaardige gemeenten ( 33,0 %) . Lubbeek , Bonheiden ; Mol : x ? ja !');
    expect(faults).toHaveLength(7);
    expect(faults[0].context).toContain('( 33,0');
    expect(spacingFaults('(geen score )')).toHaveLength(1);
  });

  it('accepts correct text, decimal numbers and ellipses', () => {
    for (const ok of [
      'gemeenten (33,0 %).',
      'verborgen (< 10)',
      'Kontich: 4,7 % tegenover 4,7 %; Vlaanderen 5,1 %.',
      'waarde ,5 ...',
    ])
      expect(spacingFaults(ok), ok).toEqual([]);
  });
});
