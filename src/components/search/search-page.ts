/**
 * The search page's results, on Pagefind's JS API: reads the state from the URL, searches as the
 * visitor types (debounced), keeps the URL in step, announces the number of results and renders
 * them with text nodes only (no HTML from the index is ever parsed into the page).
 */
import { makeCombobox } from './combobox.ts';
import {
  RESULTS_PER_PAGE,
  placeSearchOptions,
  uniqueByUrl,
  actionFirst,
  excerptParts,
  highlightUrl,
  municipalityFirst,
  pagefindOptions,
  titleFirst,
  parseSearchState,
  searchStateToQuery,
  SEARCH_FILTERS,
  type SearchState,
} from '../../lib/search/query.ts';
import { actionFilterValue, actionNumberOf } from '../../lib/search/vocabulary.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: unknown): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

// Each shown result fetches its fragment (1-3 kB); eight keep a first search within the 100 kB budget.

/** Appends an excerpt with its matched words in <mark>, as text nodes only. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      target.append(mark);
    } else target.append(part.text);
  }
}

/** One result: type, title (linking with a text fragment to the first match), summary, details, matched words. */
function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const type = document.createElement('p');
  type.className = 'result-type';
  type.textContent = r.meta.type ?? '';
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = highlightUrl(r.url, r.excerpt);
  a.textContent = r.meta.title ?? r.url;
  h2.append(a);
  const summary = document.createElement('p');
  if (r.meta.samenvatting) summary.textContent = r.meta.samenvatting;
  else appendExcerpt(summary, r.excerpt);
  const details = [
    r.meta.gemeente,
    r.meta.status,
    r.meta.datum && new Date(`${r.meta.datum}T00:00:00Z`).toLocaleDateString('nl-BE', { timeZone: 'UTC' }),
  ]
    .filter(Boolean)
    .join(' · ');
  li.append(type, h2, summary);
  if (details) {
    const meta = document.createElement('p');
    meta.className = 'small muted';
    meta.textContent = details;
    li.append(meta);
  }
  if (r.meta.samenvatting && r.excerpt.includes('<mark>')) {
    const hit = document.createElement('p');
    hit.className = 'small';
    appendExcerpt(hit, r.excerpt);
    li.append(hit);
  }
  return li;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#zoekformulier');
  const list = document.querySelector<HTMLOListElement>('#zoek-resultaten');
  const status = document.querySelector<HTMLElement>('#zoek-status');
  const fallback = document.querySelector<HTMLElement>('#zoek-zonder-js');
  if (!form || !list || !status) return;
  if (fallback) fallback.hidden = true;

  const state = parseSearchState(new URLSearchParams(location.search));
  const input = form.elements.namedItem('q') as HTMLInputElement;
  input.value = state.q;
  for (const key of [...SEARCH_FILTERS, 'sort']) {
    const el = form.elements.namedItem(key) as HTMLSelectElement | null;
    if (el) el.value = key === 'sort' ? state.sort : (state.filters[key as keyof SearchState['filters']] ?? '');
  }

  const combobox = makeCombobox(input, 'zoek-suggesties');

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      // Without the worker a first search downloads ~12 kB less; the index is small enough for the main thread.
      await pf.options({ excerptLength: 24, noWorker: true });
      return pf;
    }));
  let generation = 0;

  const current = (): SearchState => {
    const data = new FormData(form);
    return parseSearchState(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])));
  };

  /** @param suggest - the visitor is typing: offer the best matches as options of the search field. */
  async function run(s: SearchState, push: boolean, suggest = false) {
    const mine = ++generation;
    const query = searchStateToQuery(s);
    if (push) history.replaceState(null, '', query ? `?${query}` : location.pathname);
    if (!s.q && Object.keys(s.filters).length === 0) {
      combobox.close();
      list!.replaceChildren();
      status!.textContent = 'Typ een zoekterm of kies een filter.';
      return;
    }
    status!.textContent = 'Zoeken…';
    try {
      const pf = await load();
      const search = await pf.search(s.q || null, pagefindOptions(s));
      const data = await Promise.all(search.results.slice(0, RESULTS_PER_PAGE).map((r) => r.data()));
      // "actie 5": the action and the practices that carry it out come first, found by their filter.
      const action = actionNumberOf(s.q);
      const options = pagefindOptions(s);
      const carriedData =
        action === undefined
          ? []
          : await Promise.all(
              (
                await pf.search(null, { ...options, filters: { ...options.filters, actie: actionFilterValue(action) } })
              ).results
                .slice(0, RESULTS_PER_PAGE)
                .map((r) => r.data()),
            );
      // "Mechelen": its municipality page first, even when practices about Mechelen outrank it in the index.
      const placeOptions = action === undefined ? placeSearchOptions(s.q, options) : undefined;
      const placeData = placeOptions
        ? await Promise.all((await pf.search(s.q, placeOptions)).results.slice(0, 1).map((r) => r.data()))
        : [];
      if (mine !== generation) return;
      const ranked =
        action === undefined
          ? municipalityFirst(s.q, titleFirst(s.q, uniqueByUrl([...data, ...placeData]))).slice(0, RESULTS_PER_PAGE)
          : actionFirst(carriedData, data).slice(0, RESULTS_PER_PAGE);
      list!.replaceChildren(...ranked.map(resultItem));
      if (suggest && s.q)
        combobox.show(
          ranked.map((r) => ({
            label: r.meta.title ?? r.url,
            type: r.meta.type ?? '',
            href: highlightUrl(r.url, r.excerpt),
          })),
        );
      else combobox.close();
      const n = search.results.length;
      status!.textContent =
        n === 0
          ? 'Geen resultaten. Probeer een ander woord of minder filters.'
          : `${n} ${n === 1 ? 'resultaat' : 'resultaten'}${n > RESULTS_PER_PAGE ? `, de eerste ${RESULTS_PER_PAGE} getoond` : ''}.`;
      offerMore(search.results, RESULTS_PER_PAGE, mine);
    } catch {
      status!.textContent = 'Zoeken lukt nu niet. Gebruik de overzichten van praktijken, plannen en gemeenten.';
      if (fallback) fallback.hidden = false;
    }
  }

  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button';
  more.textContent = 'Meer resultaten';
  more.hidden = true;
  list.after(more);
  let next: (() => void) | undefined;
  more.addEventListener('click', () => next?.());

  function offerMore(all: { data(): Promise<PagefindResultData> }[], shown: number, mine: number) {
    more.hidden = all.length <= shown;
    next = async () => {
      const data = await Promise.all(all.slice(shown, shown + RESULTS_PER_PAGE).map((r) => r.data()));
      if (mine !== generation) return;
      const items = data.map(resultItem);
      list!.append(...items);
      items[0]?.querySelector('a')?.focus();
      status!.textContent = `${all.length} resultaten, de eerste ${Math.min(all.length, shown + RESULTS_PER_PAGE)} getoond.`;
      offerMore(all, shown + RESULTS_PER_PAGE, mine);
    };
  }

  let timer: number | undefined;
  form.addEventListener('input', (e) => {
    clearTimeout(timer);
    const typing = e.target === input;
    timer = window.setTimeout(() => run(current(), true, typing), 250);
  });
  // A search field fires "change" on blur too; only the filters' changes start a new search here.
  form.addEventListener('change', (e) => {
    if (e.target !== input) run(current(), true);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    combobox.close();
    run(current(), true);
  });
  run(state, false);
}
