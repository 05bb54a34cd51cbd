/**
 * Turns the search field into an ARIA combobox (WAI-ARIA APG "list autocomplete"): while typing, the
 * best matches appear as options; arrow keys move through them (aria-activedescendant, so focus stays
 * in the field), Enter opens the chosen one, Escape closes the list. Enter without a chosen option
 * submits the search as before. Without JavaScript the field stays a plain text field.
 */
export interface Suggestion {
  label: string;
  type: string;
  href: string;
}

export interface Combobox {
  show(suggestions: Suggestion[]): void;
  close(): void;
}

const MAX_SUGGESTIONS = 5;

export function makeCombobox(input: HTMLInputElement, listId: string): Combobox {
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggesties');
  list.hidden = true;
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');

  let options: { el: HTMLLIElement; href: string }[] = [];
  let active = -1;

  const setActive = (index: number) => {
    active = index;
    options.forEach((o, i) => o.el.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', options[index].el.id);
    else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const open = () => {
    if (options.length === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const show = (suggestions: Suggestion[]) => {
    options = suggestions.slice(0, MAX_SUGGESTIONS).map((s, i) => {
      const el = document.createElement('li');
      el.id = `${listId}-${i}`;
      el.setAttribute('role', 'option');
      el.setAttribute('aria-selected', 'false');
      const title = document.createElement('span');
      title.textContent = s.label;
      const type = document.createElement('span');
      type.className = 'suggestions__type';
      type.textContent = ` (${s.type})`;
      el.append(title, type);
      // mousedown would blur the field and close the list before the click lands.
      el.addEventListener('mousedown', (e) => e.preventDefault());
      el.addEventListener('click', () => location.assign(s.href));
      return { el, href: s.href };
    });
    list.replaceChildren(...options.map((o) => o.el));
    setActive(-1);
    if (options.length && document.activeElement === input) open();
    else close();
  };

  input.addEventListener('keydown', (e) => {
    const expanded = !list.hidden;
    switch (e.key) {
      case 'ArrowDown':
        if (!options.length) return;
        e.preventDefault();
        open();
        setActive(expanded ? (active + 1) % options.length : 0);
        break;
      case 'ArrowUp':
        if (!options.length) return;
        e.preventDefault();
        open();
        setActive(expanded ? (active <= 0 ? options.length - 1 : active - 1) : options.length - 1);
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          e.preventDefault();
          location.assign(options[active].href);
        } else close();
        break;
      case 'Escape':
        if (expanded) {
          // The first Escape only closes the list; a second one clears the field, as browsers do.
          e.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  input.addEventListener('blur', close);
  return { show, close };
}
