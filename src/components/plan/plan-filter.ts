/**
 * Filters the action table in place by goal, status and responsible; the table is complete without
 * JavaScript, and the form only appears when this script runs. The selection lives in the URL query.
 */
export function initPlanFilters(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form.plan-filters')) {
    const table = document.getElementById(form.dataset.table ?? '');
    if (!table) continue;
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
    const count = form.querySelector<HTMLElement>('[data-count]');
    const params = new URLSearchParams(location.search);
    for (const s of selects) if (params.has(s.name)) s.value = params.get(s.name) ?? '';
    const apply = () => {
      let shown = 0;
      for (const row of rows) {
        const match = selects.every((s) => !s.value || row.dataset[s.name] === s.value);
        row.hidden = !match;
        if (match) shown++;
      }
      if (count) count.textContent = `${shown} van ${rows.length} acties`;
      const query = new URLSearchParams(location.search);
      for (const s of selects) {
        if (s.value) query.set(s.name, s.value);
        else query.delete(s.name);
      }
      const qs = query.toString();
      history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
    form.hidden = false;
    apply();
  }
}
