/*
 * Decap CMS start-up for Kennisbank Samenleven (plain browser JavaScript, loaded after the Decap
 * bundle). The configuration and the list of body components come from /admin/config.js, which
 * the build generates from the zod schemas. Nothing here renders content as HTML.
 */
(function () {
  var CMS = window.CMS;
  var config = window.KENNISBANK_CMS_CONFIG;
  var components = window.KENNISBANK_BODY_COMPONENTS || {};
  var h = window.h;
  var createClass = window.createClass;

  // MDX attribute values are literal strings between double quotes: keep them that way.
  function attr(value) {
    return String(value || '')
      .replace(/"/g, '\u201d')
      .replace(/[{}<>]/g, '');
  }
  function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  Object.keys(components).forEach(function (name) {
    var spec = components[name];
    var names = Object.keys(spec.attributes);
    var attrRe = names
      .map(function (a) {
        return '(?:\\s+' + escapeRe(a) + '="([^"]*)")?';
      })
      .join('');
    var pattern = spec.children
      ? new RegExp('^<' + name + attrRe + '\\s*>\\n?([\\s\\S]*?)\\n?</' + name + '>$', 'm')
      : new RegExp('^<' + name + attrRe + '\\s*/>$', 'm');
    var fields = names.map(function (a) {
      var rule = spec.attributes[a];
      return rule.values
        ? { name: a, label: rule.label, widget: 'select', options: rule.values, required: rule.required }
        : { name: a, label: rule.label, widget: 'string', required: rule.required };
    });
    // No components (and so no image button) inside a component: images go in the «Afbeeldingen» field.
    if (spec.children) fields.push({ name: 'inhoud', label: 'Inhoud', widget: 'markdown', editor_components: [] });
    CMS.registerEditorComponent({
      id: name,
      label: spec.label,
      fields: fields,
      pattern: pattern,
      fromBlock: function (match) {
        var data = {};
        names.forEach(function (a, i) {
          if (match[i + 1] !== undefined) data[a] = match[i + 1];
        });
        if (spec.children) data.inhoud = match[names.length + 1] || '';
        return data;
      },
      toBlock: function (data) {
        var attrs = names
          .filter(function (a) {
            return data[a];
          })
          .map(function (a) {
            return ' ' + a + '="' + attr(data[a]) + '"';
          })
          .join('');
        return spec.children
          ? '<' + name + attrs + '>\n' + (data.inhoud || '') + '\n</' + name + '>'
          : '<' + name + attrs + ' />';
      },
      // The same elements and classes as src/lib/content/body-render.ts, so the site's stylesheet (registered
      // below) shows the component as the site will. React escapes the values.
      toPreview: function (data) {
        if (name === 'Kader') {
          var soort = spec.attributes.soort.values.indexOf(data.soort) >= 0 ? data.soort : 'info';
          return h(
            'aside',
            { className: 'kader kader--' + soort },
            h('p', { className: 'kader__titel' }, data.titel || ''),
            h('p', null, data.inhoud || ''),
          );
        }
        if (name === 'Citaat') {
          return h(
            'figure',
            { className: 'citaat' },
            h('blockquote', null, h('p', null, data.inhoud || '')),
            h('figcaption', null, '— ' + (data.bron || '')),
          );
        }
        return h(
          'figure',
          { className: 'cijfer' },
          h('p', { className: 'cijfer__waarde' }, data.waarde || ''),
          h(
            'figcaption',
            null,
            (data.label || '') + ' ',
            h('span', { className: 'source' }, '(bron: ' + (data.bron || '') + ')'),
          ),
        );
      },
    });
  });

  if (window.KENNISBANK_PREVIEW_CSS) CMS.registerPreviewStyle(window.KENNISBANK_PREVIEW_CSS);

  // Dutch for what Decap's own Dutch phrases leave in English (heading menu, notes, list buttons).
  function merge(target, extra) {
    var out = Object.assign({}, target);
    Object.keys(extra).forEach(function (key) {
      var value = extra[key];
      out[key] =
        value && typeof value === 'object' && target && typeof target[key] === 'object'
          ? merge(target[key], value)
          : value;
    });
    return out;
  }
  if (window.KENNISBANK_LOCALE_NL)
    CMS.registerLocale('nl', merge(CMS.getLocale('nl') || {}, window.KENNISBANK_LOCALE_NL));

  function collectionConfig(name) {
    return (
      config.collections.filter(function (c) {
        return c.name === name;
      })[0] || {}
    );
  }
  function fieldsOf(collection) {
    return collection.fields || (collection.files && collection.files[0].fields) || [];
  }
  var READONLY = 'kennisbank-alleen-lezen';
  function isImported(collection) {
    return fieldsOf(collection).some(function (f) {
      return f.widget === READONLY;
    });
  }

  // Imported lists (municipalities, mergers): a table to look things up in, no inputs.
  CMS.registerWidget(
    READONLY,
    createClass({
      render: function () {
        var value = this.props.value;
        var rows = value && value.toJS ? value.toJS() : value || [];
        var columns = this.props.field.get('columns').toJS();
        return h(
          'table',
          { className: 'kennisbank-readonly' },
          h('caption', null, rows.length + ' rijen, alleen ter inzage'),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              columns.map(function (c) {
                return h('th', { key: c.name, scope: 'col' }, c.label);
              }),
            ),
          ),
          h(
            'tbody',
            null,
            rows.map(function (row, i) {
              return h(
                'tr',
                { key: i },
                columns.map(function (c) {
                  return h('td', { key: c.name }, String(row[c.name] == null ? '' : row[c.name]));
                }),
              );
            }),
          ),
        );
      },
    }),
  );

  /**
   * Empty optional fields are left out of the file instead of being written as "" or {}: the build
   * refuses `naam: ""` (a name must not be empty), and the form offers no way to remove the key.
   * Required fields stay, empty or not, so the check can name them.
   */
  function isEmpty(value) {
    if (value === '' || value === null || value === undefined) return true;
    if (value && value.size !== undefined && typeof value.get === 'function') return value.size === 0;
    return false;
  }
  function omitEmpty(data, fields) {
    fields.forEach(function (field) {
      var value = data.get(field.name);
      if (value === undefined) return;
      if (field.widget === 'object' && field.fields && value && value.get) {
        value = omitEmpty(value, field.fields);
        data = data.set(field.name, value);
      } else if (field.widget === 'list' && field.fields && value && value.map) {
        value = value.map(function (item) {
          return item && item.get ? omitEmpty(item, field.fields) : item;
        });
        data = data.set(field.name, value);
      }
      if (field.required === false && isEmpty(value)) data = data.delete(field.name);
    });
    return data;
  }

  /** A box at the right edge of the editor, above Decap's UI, in the site's colours; `place` adds to its style. */
  function floatingBox(tag, className, role, place) {
    var box = document.createElement(tag);
    box.className = className;
    box.setAttribute('role', role);
    Object.assign(
      box.style,
      {
        position: 'fixed',
        right: '1rem',
        maxWidth: '36rem',
        zIndex: 1000,
        padding: '0.75rem 1rem',
        background: '#fff',
        color: '#1a1a1a',
        border: '2px solid #0b5563',
        borderRadius: '4px',
        font: '14px/1.4 system-ui, sans-serif',
      },
      place,
    );
    document.body.appendChild(box);
    return box;
  }

  /**
   * The problems of a refused save, listed next to the form until the next save: Decap's toast shows
   * them too, but disappears after a few seconds. Text only (textContent), never HTML.
   */
  var problemBox;
  function showProblems(messages) {
    if (!problemBox && !messages.length) return;
    if (!problemBox) {
      // Over the preview, not over the form the curator is correcting.
      problemBox = floatingBox('section', 'kennisbank-problemen', 'alert', {
        top: '4.5rem',
        maxHeight: '50vh',
        overflow: 'auto',
        zIndex: 1001,
        borderColor: '#a4000f',
      });
      problemBox.setAttribute('aria-labelledby', 'kennisbank-problemen-titel');
    }
    problemBox.textContent = '';
    problemBox.hidden = messages.length === 0;
    if (!messages.length) return;
    var title = document.createElement('h2');
    title.id = 'kennisbank-problemen-titel';
    title.style.font = 'bold 15px/1.4 system-ui, sans-serif';
    title.style.margin = '0 0 0.5rem';
    title.textContent =
      'Niet opgeslagen: ' + messages.length + (messages.length === 1 ? ' probleem' : ' problemen') + ' om op te lossen';
    var list = document.createElement('ul');
    list.style.margin = '0 0 0.5rem';
    list.style.paddingLeft = '1.25rem';
    messages.forEach(function (m) {
      var item = document.createElement('li');
      item.textContent = m;
      list.appendChild(item);
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Sluiten';
    close.addEventListener('click', function () {
      problemBox.hidden = true;
    });
    problemBox.append(title, list, close);
  }

  /** An error whose text Decap shows after "Kan item niet opslaan: " (no "Error:" before it). */
  function saveError(messages) {
    var error = new Error(messages.join(' · '));
    error.name = '';
    return error;
  }

  /**
   * The build's checks of the entry as it will be written (/admin/validate.js, bundled from
   * cms/validate.ts): the same code and messages as the build, so the CMS saves nothing the build
   * would refuse. Without the checks nothing is saved.
   */
  function refuseInvalid(entry, data) {
    var validate = window.KENNISBANK_VALIDATE;
    var messages = validate
      ? validate(entry.get('collection'), data.toJS(), entry.get('slug') || '').map(function (p) {
          return p.message;
        })
      : ['De controle van de kennisbank (/admin/validate.js) is niet geladen; herlaad de pagina.'];
    showProblems(messages);
    if (messages.length) throw saveError(messages);
  }

  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var entry = event.entry;
      var collection = collectionConfig(entry.get('collection'));
      if (isImported(collection)) throw new Error(collection.description);
      var data = omitEmpty(entry.get('data'), fieldsOf(collection));
      refuseInvalid(entry, data);
      return data;
    },
  });

  // In the editorial workflow "Publiceer" merges the entry into the site's branch: a practice whose
  // curation status keeps it off the site is not published (rule and wording from cms/publishing.ts).
  CMS.registerEventListener({
    name: 'prePublish',
    handler: function (event) {
      var entry = event.entry;
      var rule = (collectionConfig(entry.get('collection')) || {}).kennisbank_publish;
      if (!rule) return;
      var status = entry.getIn(['data'].concat(rule.path));
      if (rule.allowed.indexOf(status) >= 0) return;
      throw new Error(rule.message.replace('%{status}', (status && rule.labels[status]) || status || 'leeg'));
    },
  });

  /** The label the form shows for a choice ("Effect aangetoond"), not its stored code. */
  function choiceLabel(collection, path, value) {
    var fields = fieldsOf(collectionConfig(collection));
    var field;
    path.forEach(function (name) {
      field = fields.filter(function (f) {
        return f.name === name;
      })[0];
      fields = (field && field.fields) || [];
    });
    var option =
      field &&
      field.options &&
      field.options.filter(function (o) {
        return o.value === value;
      })[0];
    return option ? option.label : value;
  }

  /** Reads a value of the entry being edited as plain JavaScript. */
  function fieldGetter(entry) {
    return function (path) {
      var v = entry.getIn(['data'].concat(path));
      return v && v.toJS ? v.toJS() : v;
    };
  }

  var PracticePreview = createClass({
    render: function () {
      var get = fieldGetter(this.props.entry);
      var choice = function (path) {
        var v = get(path);
        return v ? choiceLabel('praktijken', path, v) : '–';
      };
      var list = function (label, items) {
        items = items || [];
        return items.length
          ? h(
              'div',
              null,
              h('h2', null, label),
              h(
                'ul',
                null,
                items.map(function (t, i) {
                  return h('li', { key: i }, String(t));
                }),
              ),
            )
          : null;
      };
      return h(
        'main',
        { className: 'page' },
        h('p', { className: 'muted' }, 'Voorbeeld van de fiche'),
        h('h1', null, get(['titel']) || '(zonder titel)'),
        h('p', { className: 'lede' }, get(['samenvatting']) || ''),
        h(
          'dl',
          { className: 'facts' },
          h('dt', null, 'Niveau'),
          h('dd', null, choice(['niveau'])),
          h('dt', null, 'Status'),
          h('dd', null, choice(['status'])),
          h('dt', null, 'Bewijsniveau'),
          h('dd', null, choice(['bewijs', 'niveau'])),
          h('dt', null, 'Curatie'),
          h('dd', null, choice(['curatie', 'status'])),
        ),
        list('Resultaten', get(['resultaten'])),
        list('Succesfactoren', get(['succesfactoren'])),
        list('Uitdagingen', get(['uitdagingen'])),
        h('div', { className: 'prose' }, this.props.widgetFor('body')),
      );
    },
  });
  CMS.registerPreviewTemplate('praktijken', PracticePreview);

  var numberNl = new Intl.NumberFormat('nl-BE');
  /** A published figure with its unit, or the words "niet gepubliceerd" (never 0 for a missing figure). */
  function figure(value, unit) {
    return typeof value === 'number' ? numberNl.format(value) + (unit ? ' ' + unit : '') : 'niet gepubliceerd';
  }

  var ActionPreview = createClass({
    render: function () {
      var get = fieldGetter(this.props.entry);
      var kpi = get(['kpi']) || {};
      var years = get(['jaren']) || [];
      var milestones = get(['mijlpalen']) || [];
      return h(
        'main',
        { className: 'page' },
        h('p', { className: 'muted' }, 'Voorbeeld van de actiepagina'),
        h('h1', null, 'Actie ' + (get(['nummer']) || '?') + ': ' + (get(['titel']) || '(zonder titel)')),
        h('p', { className: 'lede' }, get(['samenvatting']) || ''),
        kpi.definitie
          ? h(
              'p',
              null,
              h('strong', null, 'KPI: '),
              kpi.definitie + (kpi.eenheid ? ' (eenheid: ' + kpi.eenheid + ')' : ''),
            )
          : null,
        years.length
          ? h(
              'table',
              null,
              h('caption', null, 'Cijfers per projectjaar'),
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  ['Projectjaar', 'Budget', 'Lokale besturen', 'KPI toegezegd', 'KPI behaald'].map(function (t) {
                    return h('th', { key: t, scope: 'col' }, t);
                  }),
                ),
              ),
              h(
                'tbody',
                null,
                years.map(function (y, i) {
                  return h(
                    'tr',
                    { key: i },
                    h('th', { scope: 'row' }, y.projectjaar || ''),
                    h(
                      'td',
                      null,
                      typeof y.budget === 'number' ? '€ ' + numberNl.format(y.budget) : 'niet gepubliceerd',
                    ),
                    h('td', null, figure(y.lokaleBesturen)),
                    h('td', null, figure(y.kpiToegezegd, kpi.eenheid)),
                    h('td', null, figure(y.kpiBehaald, kpi.eenheid)),
                  );
                }),
              ),
            )
          : null,
        milestones.length
          ? h(
              'div',
              null,
              h('h2', null, 'Mijlpalen'),
              h(
                'ol',
                null,
                milestones.map(function (m, i) {
                  return h(
                    'li',
                    { key: i },
                    (m.datum || '') +
                      ' – ' +
                      choiceLabel('acties', ['mijlpalen', 'status'], m.status) +
                      ': ' +
                      (m.tekst || ''),
                  );
                }),
              ),
            )
          : null,
      );
    },
  });
  CMS.registerPreviewTemplate('acties', ActionPreview);
  /**
   * Under npm start the rebuild loop writes /admin/bouwstatus.json (tools/build-loop.ts): show the
   * curator when the public site has the change, or why it has not (file, line, field).
   */
  function showBuildStatus() {
    var box = floatingBox('div', 'kennisbank-bouwstatus', 'status', { bottom: '1rem', whiteSpace: 'pre-wrap' });
    box.setAttribute('aria-live', 'polite');
    var last = '';
    function render(status) {
      var refused = (status.refused || []).map(function (p) {
        return p.file + (p.line ? ':' + p.line : '') + (p.field ? ' — ' + p.field : '') + '\n    ' + p.message;
      });
      var text =
        status.state === 'bezig'
          ? 'De site wordt opnieuw gebouwd…'
          : status.state === 'klaar' && status.volledig === false
            ? 'De pagina’s met deze wijziging zijn bijgewerkt (' +
              (status.ms / 1000).toFixed(1) +
              ' s). De rest van de site (zoeken, exports, verwante praktijken) volgt.'
            : status.state === 'klaar'
              ? 'De site is bijgewerkt (' + (status.ms / 1000).toFixed(1) + ' s).'
              : 'De build is mislukt; de vorige versie blijft online.\n' + (status.error || '');
      if (refused.length) text += '\n\nNiet gepubliceerd (de vorige versie blijft online):\n' + refused.join('\n');
      box.textContent = text;
      box.style.borderColor = status.state === 'mislukt' || refused.length ? '#a4000f' : '#0b5563';
    }
    function poll() {
      fetch('/admin/bouwstatus.json', { cache: 'no-store' })
        .then(function (r) {
          return r.ok ? r.text() : '';
        })
        .then(function (text) {
          if (text && text !== last) {
            last = text;
            render(JSON.parse(text));
          }
        })
        .catch(function () {
          /* the site is switching folders: try again */
        })
        .then(function () {
          setTimeout(poll, 1500);
        });
    }
    poll();
  }
  if (config.local_backend) showBuildStatus();

  // The configuration is generated by the build (config.js); there is no config.yml to fetch.
  CMS.init({ config: Object.assign({ load_config_file: false }, config) });
})();
