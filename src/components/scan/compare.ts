/**
 * The compare page: reads up to four municipalities from the URL (?g=46021&g=44021), fetches their
 * published CSV files and builds one table with text nodes only. The CSV files are the same ones
 * every municipality page offers for download.
 */
import { parseCsv } from '../../lib/shared/csv.ts';
import { formatIndicatorValue } from '../../lib/scan/format.ts';

interface IndicatorInfo {
  id: string;
  naam: string;
  eenheid: string;
  drempel: number;
}

const format = (value: string, unit: string) => {
  const n = Number(value);
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
  const chosen = new URLSearchParams(location.search).getAll('g').filter((g) => /^\d{5}$/.test(g)).slice(0, 4);
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
        const rows = parseCsv(await response.text()).rows.map((r) => r.values).filter((r) => r.gebied === nis);
        const latest = new Map<string, Record<string, string>>();
        for (const r of rows) if (!latest.has(r.indicator) || Number(r.jaar) > Number(latest.get(r.indicator)!.jaar)) latest.set(r.indicator, r);
        return { nis, latest };
      }),
    );
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = `${unique.map((n) => names.get(n)).join(', ')}: laatste jaar per indicator`;
    const head = table.createTHead().insertRow();
    for (const text of ['Indicator', ...unique.map((n) => names.get(n) ?? n)]) {
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
        cell.textContent = v ? `${format(v.waarde, indicator.eenheid)} (${v.jaar})` : 'geen gegevens';
      }
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
