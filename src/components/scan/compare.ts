/**
 * The compare page: reads up to four municipalities from the URL (?g=46021&g=44021), fetches their
 * published CSV files and builds one table with text nodes only, with Flanders beside them; every
 * cell says its year. The CSV files are the same ones every municipality page offers for download
 * (semicolons and decimal commas, for Excel in Dutch).
 */
import { parseCsv } from '../../lib/shared/csv.ts';
import { formatIndicatorValue } from '../../lib/scan/format.ts';
import { NIS_PATTERN } from '../../schemas/patterns.ts';

// Kept in step with EXCEL_SEPARATOR in src/lib/scan/export.ts (which this browser bundle must not import).
const EXCEL_SEPARATOR = ';';

interface IndicatorInfo {
  id: string;
  naam: string;
  eenheid: string;
  drempel: number;
}

/** A cell of the Excel-style CSV (decimal comma) formatted for the page; empty stays empty. */
const format = (value: string, unit: string) => {
  if (value === '') return '';
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n)) return value;
  return formatIndicatorValue(n, unit);
};

export function runCompare(): void {
  const form = document.querySelector<HTMLFormElement>('#vergelijk');
  const target = document.querySelector<HTMLElement>('#vergelijk-tabel');
  const status = document.querySelector<HTMLElement>('#vergelijk-status');
  const fallback = document.querySelector<HTMLElement>('#vergelijk-zonder-js');
  if (!form || !target || !status) return;
  if (fallback) fallback.hidden = true;
  const indicators = JSON.parse(form.dataset.indicators ?? '[]') as IndicatorInfo[];
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name="g"]')];
  const chosen = new URLSearchParams(location.search)
    .getAll('g')
    .filter((g) => NIS_PATTERN.test(g))
    .slice(0, 4);
  chosen.forEach((nis, i) => (selects[i].value = nis));
  const names = new Map([...selects[0].options].map((o) => [o.value, o.text]));

  async function show(list: string[]) {
    const unique = [...new Set(list.filter(Boolean))];
    if (unique.length < 2) {
      target!.replaceChildren();
      status!.textContent = 'Kies minstens twee verschillende gemeenten.';
      return;
    }
    status!.textContent = 'Cijfers laden…';
    const data = await Promise.all(
      unique.map(async (nis) => {
        const response = await fetch(`/gemeenten/${nis}.csv`);
        const rows = parseCsv(await response.text(), { separator: EXCEL_SEPARATOR })
          .rows.map((r) => r.values)
          .filter((r) => r.gebied_nis === nis);
        const latest = new Map<string, Record<string, string>>();
        for (const r of rows)
          if (!latest.has(r.indicator) || Number(r.jaar) > Number(latest.get(r.indicator)!.jaar))
            latest.set(r.indicator, r);
        return { nis, latest };
      }),
    );
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = `${unique.map((n) => names.get(n)).join(', ')} en Vlaanderen: laatste jaar per indicator (het jaar staat bij elke waarde)`;
    const head = table.createTHead().insertRow();
    for (const text of ['Indicator', ...unique.map((n) => names.get(n) ?? n), 'Vlaanderen']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      head.append(th);
    }
    const body = table.createTBody();
    for (const indicator of indicators) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      const a = document.createElement('a');
      a.href = `/indicatoren/${indicator.id}/`;
      a.textContent = indicator.naam;
      th.append(a);
      row.append(th);
      for (const d of data) {
        const cell = row.insertCell();
        cell.className = 'num';
        const v = d.latest.get(indicator.id);
        cell.textContent = !v
          ? 'geen gegevens'
          : v.waarde === ''
            ? `verborgen (${v.jaar})`
            : `${format(v.waarde, indicator.eenheid)} (${v.jaar})`;
      }
      // Flanders in the year of the first municipality's latest value, with that year.
      const first = data.map((d) => d.latest.get(indicator.id)).find((v) => v && v.vlaanderen !== '');
      const cell = row.insertCell();
      cell.className = 'num';
      cell.textContent = first ? `${format(first.vlaanderen, indicator.eenheid)} (${first.jaar})` : 'niet beschikbaar';
    }
    target!.replaceChildren(table);
    status!.textContent = `${unique.length} gemeenten naast elkaar.`;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const list = selects.map((s) => s.value).filter(Boolean);
    const params = new URLSearchParams(list.map((g) => ['g', g]));
    history.replaceState(null, '', `?${params}`);
    void show(list);
  });
  if (chosen.length) void show(chosen);
}
