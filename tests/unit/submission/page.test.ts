import { describe, expect, it } from 'vitest';
import { startTags } from '../../../src/lib/shared/html-tags.ts';
import { confirmationPage, formWithErrors, offeredValues } from '../../../src/lib/submission/page.ts';
import { formValues } from '../../../src/lib/submission/parse.ts';
import { controlId } from '../../../src/lib/submission/fields.ts';
import { CONFIRMATION_PAGE, formPage } from './support.ts';

const page = formPage();
const tag = (html: string, id: string) => startTags(html).find((t) => t.attrs.get('id') === id);

describe('formWithErrors', () => {
  const values = formValues([
    ['titel', 'Een "titel" met <b>tekens</b> & meer'],
    ['samenvatting', 'Regel 1\nRegel 2 </textarea><script>alert(1)</script>'],
    ['niveau', 'lokaal'],
    ['gemeenten', '42028'],
    ['gemeenten', '46029'],
    ['themas', 'taal'],
  ]);
  const problems = [
    { control: 'titel', label: 'Titel', message: 'Maximaal 120 tekens' },
    { control: 'bronnen.0.titel', label: 'Bronnen', message: 'Bronnen is vereist.' },
    { label: 'Inzending', message: 'Een <fout> van de inzending als geheel' },
  ];
  const html = formWithErrors(page, problems, values);

  it('keeps every value, as text, whatever it contains', () => {
    expect(tag(html, controlId('titel'))!.attrs.get('value')).toBe('Een "titel" met <b>tekens</b> & meer');
    expect(tag(html, controlId('samenvatting'))!.content).toBe('Regel 1\nRegel 2 </textarea><script>alert(1)</script>');
    expect(startTags(html).filter((t) => t.name === 'script')).toHaveLength(0);
    const selected = startTags(html)
      .filter((t) => t.name === 'option' && t.attrs.has('selected'))
      .map((t) => t.attrs.get('value'));
    expect(selected).toEqual(['lokaal', '42028', '46029']);
    const checked = startTags(html)
      .filter((t) => t.name === 'input' && t.attrs.has('checked'))
      .map((t) => t.attrs.get('value'));
    expect(checked).toEqual(['taal']);
  });

  it('puts a summary at the top whose links lead to controls that exist, and every message in it', () => {
    const summary = startTags(html).find((t) => t.attrs.has('data-error-summary'))!;
    expect(summary.attrs.has('hidden')).toBe(false);
    const links = startTags(html)
      .filter((t) => t.name === 'a')
      .map((t) => t.attrs.get('href')!);
    expect(links).toEqual([`#${controlId('titel')}`, `#${controlId('bronnen.0.titel')}`]);
    for (const href of links) expect(tag(html, href.slice(1))).toBeDefined();
    expect(html).toContain('Een &lt;fout&gt; van de inzending als geheel');
    expect(html).toContain('Er zijn 3 problemen');
  });

  it('marks each field in error and ties its message to the control', () => {
    const input = tag(html, controlId('titel'))!;
    expect(input.attrs.get('aria-invalid')).toBe('true');
    const described = input.attrs.get('aria-describedby')!.split(' ');
    const message = tag(html, described[0])!;
    expect(message.name).toBe('p');
    expect(tag(html, controlId('samenvatting'))!.attrs.has('aria-invalid')).toBe(false);
  });

  it('says "Fout" in the page title', () => {
    expect(startTags(html).find((t) => t.name === 'title')!.content).toBe('Fout: Praktijk delen');
  });
});

describe('offeredValues', () => {
  it('lists the options of selects and the values of checkboxes by control name', () => {
    const offered = offeredValues(page);
    expect(offered.get('gemeenten')!.has('42028')).toBe(true);
    expect(offered.get('themas')).toEqual(new Set(['onderwijs', 'taal']));
    expect(offered.get('niveau')!.has('')).toBe(false);
  });
});

describe('confirmationPage', () => {
  it('fills in the reference as text and shows the note only for a repeated submission', () => {
    const first = confirmationPage(CONFIRMATION_PAGE, 'KB-2026-12-02-ab12cd', false);
    expect(first).toContain('<strong data-referentie="">KB-2026-12-02-ab12cd</strong>');
    expect(
      startTags(first)
        .find((t) => t.attrs.has('data-dubbel'))!
        .attrs.has('hidden'),
    ).toBe(true);
    const again = confirmationPage(CONFIRMATION_PAGE, 'KB-2026-12-02-ab12cd', true);
    expect(
      startTags(again)
        .find((t) => t.attrs.has('data-dubbel'))!
        .attrs.has('hidden'),
    ).toBe(false);
  });
});
