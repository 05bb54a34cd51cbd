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
    return String(value || '').replace(/"/g, '\u201d').replace(/[{}<>]/g, '');
  }
  function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  Object.keys(components).forEach(function (name) {
    var spec = components[name];
    var names = Object.keys(spec.attributes);
    var attrRe = names.map(function (a) {
      return '(?:\\s+' + escapeRe(a) + '="([^"]*)")?';
    }).join('');
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
        return spec.children ? '<' + name + attrs + '>\n' + (data.inhoud || '') + '\n</' + name + '>' : '<' + name + attrs + ' />';
      },
      // The same elements and classes as src/lib/content/body-render.ts, so the site's stylesheet (registered
      // below) shows the component as the site will. React escapes the values.
      toPreview: function (data) {
        if (name === 'Kader') {
          var soort = spec.attributes.soort.values.indexOf(data.soort) >= 0 ? data.soort : 'info';
          return h('aside', { className: 'kader kader--' + soort }, h('p', { className: 'kader__titel' }, data.titel || ''), h('p', null, data.inhoud || ''));
        }
        if (name === 'Citaat') {
          return h('figure', { className: 'citaat' }, h('blockquote', null, h('p', null, data.inhoud || '')), h('figcaption', null, '— ' + (data.bron || '')));
        }
        return h('figure', { className: 'cijfer' }, h('p', { className: 'cijfer__waarde' }, data.waarde || ''), h('figcaption', null, (data.label || '') + ' ', h('span', { className: 'source' }, '(bron: ' + (data.bron || '') + ')')));
      },
    });
  });

  if (window.KENNISBANK_PREVIEW_CSS) CMS.registerPreviewStyle(window.KENNISBANK_PREVIEW_CSS);

  /** The label the form shows for a choice ("Effect aangetoond"), not its stored code. */
  function choiceLabel(collection, path, value) {
    var fields = (config.collections.filter(function (c) { return c.name === collection; })[0] || {}).fields || [];
    var field;
    path.forEach(function (name) {
      field = fields.filter(function (f) { return f.name === name; })[0];
      fields = (field && field.fields) || [];
    });
    var option = field && field.options && field.options.filter(function (o) { return o.value === value; })[0];
    return option ? option.label : value;
  }

  var PracticePreview = createClass({
    render: function () {
      var entry = this.props.entry;
      var get = function (path) {
        var v = entry.getIn(['data'].concat(path));
        return v && v.toJS ? v.toJS() : v;
      };
      var choice = function (path) {
        var v = get(path);
        return v ? choiceLabel('praktijken', path, v) : '–';
      };
      var list = function (label, items) {
        items = items || [];
        return items.length ? h('div', null, h('h2', null, label), h('ul', null, items.map(function (t, i) { return h('li', { key: i }, String(t)); }))) : null;
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
          h('dt', null, 'Niveau'), h('dd', null, choice(['niveau'])),
          h('dt', null, 'Status'), h('dd', null, choice(['status'])),
          h('dt', null, 'Bewijsniveau'), h('dd', null, choice(['bewijs', 'niveau'])),
          h('dt', null, 'Curatie'), h('dd', null, choice(['curatie', 'status']))
        ),
        list('Resultaten', get(['resultaten'])),
        list('Succesfactoren', get(['succesfactoren'])),
        list('Uitdagingen', get(['uitdagingen'])),
        h('div', { className: 'prose' }, this.props.widgetFor('body'))
      );
    },
  });
  CMS.registerPreviewTemplate('praktijken', PracticePreview);
  // The configuration is generated by the build (config.js); there is no config.yml to fetch.
  CMS.init({ config: Object.assign({ load_config_file: false }, config) });
})();
