/**
 * Client-side filtering of /praktijken/ without a reload. Reads the practices from the list's data
 * attributes, keeps the selection in the URL query (shareable, reload-proof, back button works) and
 * announces the number of results in a live region. The logic itself is src/lib/practices/facets.ts. The URL is
 * updated with replaceState, so filtering does not fill the browser history.
 */
import {
  countFacets,
  filterItems,
  parseSelection,
  selectionToQuery,
  type FacetItem,
  type Selection,
} from '../../lib/practices/facets.ts';

const form = document.querySelector<HTMLFormElement>('#praktijk-filters');
const list = form && document.getElementById(form.dataset.list ?? '');
const status = document.querySelector<HTMLElement>('#praktijk-resultaat');

if (form && list && status) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const keys = [...new Set(boxes.map((b) => b.name))];
  const allowed = Object.fromEntries(keys.map((k) => [k, boxes.filter((b) => b.name === k).map((b) => b.value)]));
  const cards = [...list.querySelectorAll<HTMLElement>(':scope > li[data-id]')];
  const items: (FacetItem & { el: HTMLElement })[] = cards.map((el) => ({
    id: el.dataset.id!,
    el,
    values: Object.fromEntries(keys.map((k) => [k, (el.getAttribute(`data-f-${k}`) ?? '').split(' ').filter(Boolean)])),
  }));
  const details = form.querySelector<HTMLDetailsElement>('details');
  const active = form.querySelector<HTMLElement>('[data-active]');
  // Narrow screens: the long list of filters starts folded so the results stay in view.
  if (details && !window.matchMedia('(min-width: 56rem)').matches) details.open = false;
  const countEls = new Map(
    [...form.querySelectorAll<HTMLElement>('[data-count]')].map((el) => [el.dataset.count!, el]),
  );

  const current = (): Selection => {
    const s: Selection = {};
    for (const b of boxes) if (b.checked) (s[b.name] ??= []).push(b.value);
    return s;
  };

  const render = (selection: Selection) => {
    const visible = new Set(filterItems(items, selection).map((i) => i.id));
    for (const item of items) item.el.hidden = !visible.has(item.id);
    const counts = countFacets(items, selection, keys);
    for (const [key, el] of countEls) {
      const [k, v] = key.split(':');
      el.textContent = `(${counts[k]?.[v] ?? 0})`;
    }
    const chosen = Object.values(selection).reduce((sum, v) => sum + v.length, 0);
    if (active) active.textContent = chosen ? `(${chosen} gekozen)` : '';
    const n = visible.size;
    status.textContent =
      n === items.length
        ? `${n} praktijken`
        : n === 1
          ? `1 praktijk gevonden van ${items.length}`
          : `${n} praktijken gevonden van ${items.length}`;
  };

  const fromUrl = () => {
    const selection = parseSelection(location.search, allowed);
    for (const b of boxes) b.checked = selection[b.name]?.includes(b.value) ?? false;
    render(selection);
  };

  form.addEventListener('change', () => {
    const selection = current();
    history.replaceState(null, '', `${location.pathname}${selectionToQuery(selection, keys)}${location.hash}`);
    render(selection);
  });
  form.addEventListener('reset', () => {
    // The reset event fires before the boxes are cleared.
    setTimeout(() => {
      history.replaceState(null, '', location.pathname);
      render({});
    });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('popstate', fromUrl);
  form.hidden = false;
  fromUrl();
}
