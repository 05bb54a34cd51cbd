/**
 * Test support: a minimal HTML page with the controls of the submission form (names, ids, offered
 * options, data-field and data-control as the real page carries them), so handler and page functions
 * can be tested without building the site. The real page is checked in tests/e2e/submission.test.ts.
 */
import {
  submissionForm,
  formControls,
  controlId,
  BODY_FIELD,
  CONSENT_FIELD,
  HONEYPOT_FIELD,
  type RefOptions,
} from '../../../src/lib/submission/fields.ts';

export const REFS: RefOptions = {
  gemeenten: [
    { value: '46029', label: 'Lokeren' },
    { value: '42028', label: 'Zele' },
    ...Array.from({ length: 45 }, (_, i) => ({ value: String(10000 + i), label: `Gemeente ${i}` })),
  ],
  themas: [
    { value: 'onderwijs', label: 'Onderwijs' },
    { value: 'taal', label: 'Taal' },
  ],
  doelgroepen: [{ value: 'nieuwkomers', label: 'Nieuwkomers' }],
  beleidsdoelen: [],
  acties: [],
};

export function formPage(refs: RefOptions = REFS): string {
  const form = submissionForm(refs);
  const controls = [...formControls(form.practice), ...form.submitter];
  const fields = controls.map((f) => {
    const id = controlId(f.name);
    let control: string;
    if (f.control === 'select' || (f.control === 'choices' && f.rows))
      control = Array.from(
        { length: f.rows ?? 1 },
        (_, i) =>
          `<select data-control id="${i ? `${id}-${i + 1}` : id}" name="${f.name}"><option value="">Kies</option>${(f.options ?? []).map((o) => `<option value="${o.value}">${o.label}</option>`).join('')}</select>`,
      ).join('');
    else if (f.control === 'choices')
      control = `<div data-control>${(f.options ?? []).map((o, i) => `<input type="checkbox" id="${i ? `${id}-${i + 1}` : id}" name="${f.name}" value="${o.value}">`).join('')}</div>`;
    else if (f.control === 'checkbox')
      control = `<input data-control type="checkbox" id="${id}" name="${f.name}" value="ja">`;
    else if (f.control === 'textarea' || f.control === 'lines')
      control = `<textarea data-control id="${id}" name="${f.name}"></textarea>`;
    else control = `<input data-control type="text" id="${id}" name="${f.name}">`;
    return `<div class="field" data-field="${f.name}"><label for="${id}">${f.label}</label>${control}</div>`;
  });
  const extra = [BODY_FIELD, HONEYPOT_FIELD].map(
    (n) =>
      `<div data-field="${n}"><label for="${controlId(n)}">${n}</label><textarea data-control id="${controlId(n)}" name="${n}"></textarea></div>`,
  );
  const consent = `<div data-field="${CONSENT_FIELD}"><input data-control type="checkbox" id="${controlId(CONSENT_FIELD)}" name="${CONSENT_FIELD}" value="ja"></div>`;
  return `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>Praktijk delen</title></head><body><main><div data-error-summary hidden></div><form method="post">${fields.join('')}${extra.join('')}${consent}</form></main></body></html>`;
}

export const CONFIRMATION_PAGE =
  '<!doctype html><html><head><title>Inzending ontvangen</title></head><body><p>Je referentie: <strong data-referentie>na het verzenden</strong></p><p data-dubbel hidden>Al ontvangen.</p></body></html>';

/** A complete, valid submission as a browser sends it. */
export const VALID: [string, string][] = [
  ['titel', 'Taalcafé in de bibliotheek'],
  ['samenvatting', 'Elke week oefenen nieuwkomers Nederlands met vrijwilligers in de bibliotheek.'],
  ['niveau', 'lokaal'],
  ['gemeenten', '42028'],
  ['gemeenten', ''],
  ['themas', 'taal'],
  ['doelgroepen', 'nieuwkomers'],
  ['status', 'lopend'],
  ['periode.start', '2021'],
  ['partners', 'Bibliotheek Zele\r\n\r\nAgentschap Integratie en Inburgering'],
  ['bronnen.0.titel', ''],
  ['bronnen.1.titel', 'Gemeente Zele, pagina Taalcafé'],
  ['bronnen.1.url', 'https://www.zele.be/taalcafe'],
  ['beschrijving', 'Vrijwilligers en nieuwkomers praten elke dinsdag een uur samen.'],
  ['website', ''],
];

export const encode = (pairs: readonly [string, string][]) =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%20/g, '+')}`).join('&');

export const replace = (pairs: readonly [string, string][], name: string, value: string): [string, string][] =>
  pairs.some(([k]) => k === name) ? pairs.map(([k, v]) => [k, k === name ? value : v]) : [...pairs, [name, value]];
