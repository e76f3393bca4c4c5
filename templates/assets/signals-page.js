/*
 * Foresite signals explorer: every signal of every article, sorted by any column, filtered by theme and text,
 * shown a page at a time. The data (signals/data.js) loads with a script tag, so it also works from disk.
 */
(function () {
  'use strict';

  var PAGE = 50;
  var controls = document.getElementById('signals-controls');
  var text = document.getElementById('signals-text');
  var themeSelect = document.getElementById('signals-theme');
  var table = document.getElementById('signals-table');
  var body = table.querySelector('tbody');
  var status = document.getElementById('signals-status');
  var prev = document.getElementById('signals-prev');
  var next = document.getElementById('signals-next');
  var pageLabel = document.getElementById('signals-page');
  var collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});
  var data = null;
  var state = {column: -1, descending: false, theme: '', text: '', page: 0, rows: []};

  function el(tag, attrs, content) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (content !== undefined) e.textContent = content;
    return e;
  }

  /* Column 0 sorts by article title; relevancy (6) numerically, empty last. */
  function value(row, column) {
    return column === 0 ? data.articles[row[0]][0] : row[column];
  }

  function apply() {
    var words = state.text.toLowerCase().split(/\s+/).filter(Boolean);
    var theme = state.theme === '' ? -1 : Number(state.theme);
    var rows = data.rows.filter(function (row) {
      var article = data.articles[row[0]];
      if (theme >= 0 && article[2].indexOf(theme) < 0) return false;
      if (!words.length) return true;
      var hay = (row.slice(1).join(' ') + ' ' + article[0]).toLowerCase();
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
    if (state.column >= 0) {
      var c = state.column;
      var sign = state.descending ? -1 : 1;
      rows.sort(function (a, b) {
        var x = value(a, c);
        var y = value(b, c);
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        return sign * collator.compare(x, y) || a[0] - b[0];
      });
    }
    state.rows = rows;
    render();
  }

  function render() {
    var pages = Math.max(1, Math.ceil(state.rows.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    body.textContent = '';
    state.rows.slice(state.page * PAGE, (state.page + 1) * PAGE).forEach(function (row) {
      var article = data.articles[row[0]];
      var tr = el('tr');
      var signal = el('td');
      signal.appendChild(el('strong', null, row[1]));
      if (row[2]) signal.appendChild(el('span', {'class': 'description'}, row[2]));
      tr.appendChild(signal);
      tr.appendChild(el('td', null, row[3]));
      tr.appendChild(el('td', null, row[4]));
      tr.appendChild(el('td', null, row[5]));
      tr.appendChild(el('td', {'class': 'right'}, row[6]));
      var source = el('td');
      source.appendChild(el('a', {href: article[1]}, article[0]));
      tr.appendChild(source);
      tr.appendChild(el('td', null, article[2].map(function (t) { return data.themes[t]; }).join(', ')));
      body.appendChild(tr);
    });
    status.textContent = state.rows.length + ' of ' + data.rows.length + ' signals';
    pageLabel.textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    table.querySelectorAll('th[aria-sort]').forEach(function (th) {
      var column = Number(th.querySelector('button').getAttribute('data-column'));
      th.setAttribute('aria-sort', column !== state.column ? 'none' : state.descending ? 'descending' : 'ascending');
    });
    document.body.setAttribute('data-signals-ready', String(state.rows.length));
  }

  table.querySelector('thead').addEventListener('click', function (e) {
    var button = e.target.closest('button[data-column]');
    if (!button) return;
    var column = Number(button.getAttribute('data-column'));
    state.descending = state.column === column ? !state.descending : false;
    state.column = column;
    state.page = 0;
    apply();
  });
  text.addEventListener('input', function () { state.text = text.value; state.page = 0; apply(); });
  themeSelect.addEventListener('change', function () { state.theme = themeSelect.value; state.page = 0; apply(); });
  controls.addEventListener('submit', function (e) { e.preventDefault(); });
  prev.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });

  window.foresiteSignals = function (payload) {
    data = payload;
    var used = {};
    data.articles.forEach(function (a) { a[2].forEach(function (t) { used[t] = true; }); });
    data.themes.forEach(function (name, i) {
      if (used[i]) themeSelect.appendChild(el('option', {value: String(i)}, name));
    });
    /* signals.html?theme=KEY (from a theme page) starts filtered by that theme. */
    var wanted = new URLSearchParams(window.location.search).get('theme');
    var index = wanted === null ? -1 : data.themeKeys.indexOf(wanted);
    if (index >= 0 && used[index]) {
      themeSelect.value = String(index);
      state.theme = themeSelect.value;
    }
    apply();
  };
  var script = document.createElement('script');
  script.src = controls.getAttribute('data-source');
  script.onerror = function () { status.textContent = 'The signals could not be loaded.'; };
  document.head.appendChild(script);
})();
