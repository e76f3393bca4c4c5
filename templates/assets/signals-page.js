/*
 * Foresite signals explorer: every signal of every article, sorted by any column, filtered by theme and by words,
 * a page at a time. The data (signals/) is split into small files and only those the current view needs are
 * loaded: a page of rows, a slice of a column's sort order, a theme's rows, the rows holding a word. Orders are
 * computed by the build (SignalTable); this script only merges, slices and looks up. The view lives in the URL
 * (signals.html?q=words&theme=slug&sort=column&dir=desc&page=n).
 */
(function () {
  'use strict';

  var S = window.ForesiteSearch;
  var controls = document.getElementById('signals-controls');
  var text = document.getElementById('signals-text');
  var themeSelect = document.getElementById('signals-theme');
  var table = document.getElementById('signals-table');
  var body = table.querySelector('tbody');
  var status = document.getElementById('signals-status');
  var prev = document.getElementById('signals-prev');
  var next = document.getElementById('signals-next');
  var pageLabel = document.getElementById('signals-page');
  var load = S.createLoader(controls.getAttribute('data-source'), 'foresiteSignals');
  var tableBox = table.parentNode;
  var pager = document.getElementById('signals-pages');
  var cardsBox = document.getElementById('signals-cards');
  var cards = cardsBox.querySelector('ol');
  var cardsToggle = document.getElementById('signals-cards-toggle');
  var printButton = document.getElementById('signals-print');

  var files = new Map();
  function get(id) {
    if (!files.has(id)) {
      var p = load(id);
      p.catch(function () { files.delete(id); });
      files.set(id, p);
    }
    return files.get(id);
  }

  var meta = null;
  var columns = {};
  var stop = null;
  var state = {q: '', theme: '', sort: '', desc: false, page: 1, cards: false};
  /* The most signals the cards view lays out: a workshop's worth, and a bounded download. */
  var CARDS = 400;
  var run = 0;

  function el(tag, attrs, content) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (content !== undefined) e.textContent = content;
    return e;
  }

  function readUrl() {
    var p = new URLSearchParams(window.location.search);
    var sort = p.get('sort') || '';
    var page = parseInt(p.get('page') || '1', 10);
    state = {q: p.get('q') || '', theme: p.get('theme') || '', sort: Object.prototype.hasOwnProperty.call(columns, sort) ? sort : '',
      desc: p.get('dir') === 'desc', page: page > 0 ? page : 1, cards: p.get('cards') === '1'};
  }

  function urlOf(s) {
    var p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    if (s.theme) p.set('theme', s.theme);
    if (s.sort) p.set('sort', s.sort);
    if (s.sort && s.desc) p.set('dir', 'desc');
    if (s.page > 1 && !s.cards) p.set('page', String(s.page));
    if (s.cards) p.set('cards', '1');
    var query = p.toString();
    return window.location.pathname + (query ? '?' + query : '');
  }

  /* A theme's rows (ascending), and for each column their value ranks among themselves (0 for empty). */
  function theme(slug) {
    var i = S.shardFor(meta.themeStarts, slug);
    if (i < 0) return Promise.resolve(null);
    return get('themes/' + i).then(function (shard) {
      var entry = Object.prototype.hasOwnProperty.call(shard, slug) ? shard[slug] : null;
      if (!entry) return null;
      return {name: entry[0], rows: Array.from(S.decodeDocs(entry[1])), ranks: entry[2].map(S.numbers)};
    });
  }

  /* The rows holding a word: the whole word, or (from minPrefix letters on) any word it begins. */
  function wordRows(word) {
    var prefix = Array.from(word).length >= meta.minPrefix;
    var shards = prefix ? S.shardsFor(meta.wordStarts, word) : [S.shardFor(meta.wordStarts, word)];
    shards = shards.filter(function (i) { return i >= 0; });
    return Promise.all(shards.map(function (i) { return get('words/' + i); })).then(function (loaded) {
      var rows = new Set();
      loaded.forEach(function (shard) {
        Object.keys(shard).forEach(function (w) {
          if (prefix ? w.lastIndexOf(word, 0) === 0 : w === word) {
            S.decodeDocs(shard[w]).forEach(function (r) { rows.add(r); });
          }
        });
      });
      return rows;
    });
  }

  /* The rows holding every word of the text, or null when the text has no words to filter by. */
  function textRows(q) {
    var words = [];
    S.surfaces(q, meta.fold, meta.maxWord).forEach(function (w) {
      if (!stop.has(w) && words.indexOf(w) < 0) words.push(w);
    });
    if (!words.length) return Promise.resolve(null);
    return Promise.all(words.map(wordRows)).then(function (sets) {
      sets.sort(function (a, b) { return a.size - b.size; });
      return new Set(Array.from(sets[0]).filter(function (r) {
        return sets.every(function (s) { return s.has(r); });
      }));
    });
  }

  /* The order of a sorted view: by value rank (ascending or descending), equal values in row order, empty last. */
  function byRank(rank, desc) {
    return function (a, b) {
      var x = rank(a);
      var y = rank(b);
      if ((x === 0) !== (y === 0)) return x === 0 ? 1 : -1;
      return (desc ? y - x : x - y) || a - b;
    };
  }

  /* Each row's value rank in a column, for rows a text filter chose. */
  function ranks(column, rows) {
    var chunks = [];
    rows.forEach(function (r) {
      var k = Math.floor(r / meta.chunk);
      if (chunks.indexOf(k) < 0) chunks.push(k);
    });
    return Promise.all(chunks.map(function (k) {
      return get('ranks/' + column + '/' + k).then(function (encoded) { return [k, S.numbers(encoded)]; });
    })).then(function (loaded) {
      var byChunk = new Map(loaded);
      var rank = new Map();
      rows.forEach(function (r) { rank.set(r, byChunk.get(Math.floor(r / meta.chunk))[r % meta.chunk]); });
      return rank;
    });
  }

  /* Rows start..end (exclusive) of the view of all signals sorted by a column. */
  function sortedSlice(column, desc, start, end) {
    var chunks = [];
    for (var p = start; p < end; p++) {
      var k = Math.floor(p / meta.chunk);
      if (chunks.indexOf(k) < 0) chunks.push(k);
    }
    return Promise.all(chunks.map(function (k) {
      return get('order/' + column + (desc ? '-desc/' : '/') + k).then(function (encoded) { return S.numbers(encoded); });
    })).then(function (loaded) {
      var rows = [];
      for (var p = start; p < end; p++) rows.push(loaded[chunks.indexOf(Math.floor(p / meta.chunk))][p % meta.chunk]);
      return rows;
    });
  }

  /* The first row of a page; a page past the end shows the last one. */
  function firstOf(page, total) {
    var pages = Math.max(1, Math.ceil(total / meta.pageSize));
    return (Math.min(page, pages) - 1) * meta.pageSize;
  }

  /* The view: {total, first row shown, rows shown (a page, or the first CARDS as cards), theme}. */
  function view(s) {
    var size = s.cards ? CARDS : meta.pageSize;
    var firstOfPage = function (page, total) {
      return s.cards ? 0 : firstOf(page, total);
    };
    var jobs = [s.theme ? theme(s.theme) : Promise.resolve(null), textRows(s.q)];
    return Promise.all(jobs).then(function (found) {
      var th = found[0];
      var words = found[1];
      if (!s.theme && !words) {
        var total = meta.count;
        var start = firstOfPage(s.page, total);
        var end = Math.min(total, start + size);
        var shown;
        if (s.sort) {
          shown = sortedSlice(s.sort, s.desc, start, end);
        } else {
          var rows = [];
          for (var r = start; r < end; r++) rows.push(r);
          shown = Promise.resolve(rows);
        }
        return shown.then(function (rows) { return {total: total, start: start, rows: rows, theme: null}; });
      }
      if (s.theme && !th) return {total: 0, start: 0, rows: [], theme: null, unknownTheme: true};
      var ordered;
      if (th) {
        var chosen = th.rows.filter(function (r) { return !words || words.has(r); });
        if (s.sort) {
          var local = th.ranks[columns[s.sort]];
          var at = new Map();
          th.rows.forEach(function (r, i) { at.set(r, local[i]); });
          chosen.sort(byRank(function (r) { return at.get(r); }, s.desc));
        }
        ordered = Promise.resolve(chosen);
      } else {
        var found = Array.from(words).sort(function (a, b) { return a - b; });
        ordered = !s.sort ? Promise.resolve(found) : ranks(s.sort, found).then(function (rank) {
          return found.sort(byRank(function (r) { return rank.get(r); }, s.desc));
        });
      }
      return ordered.then(function (all) {
        var start = firstOfPage(s.page, all.length);
        return {total: all.length, start: start, rows: all.slice(start, start + size), theme: th};
      });
    });
  }

  /* The signals and their articles, from the files holding them. */
  function rowsOf(ordinals) {
    var blocks = [];
    ordinals.forEach(function (r) {
      var b = Math.floor(r / meta.block);
      if (blocks.indexOf(b) < 0) blocks.push(b);
    });
    return Promise.all(blocks.map(function (b) {
      return get('rows/' + b).then(function (data) { return [b, data]; });
    })).then(function (loaded) {
      var byBlock = new Map(loaded);
      return ordinals.map(function (r) {
        var data = byBlock.get(Math.floor(r / meta.block));
        var row = data.rows[r % meta.block];
        return {ordinal: r, row: row, article: data.articles[row[0]]};
      });
    });
  }

  function renderRows(items) {
    body.textContent = '';
    items.forEach(function (item) {
      var row = item.row;
      var article = item.article;
      var tr = el('tr', {'data-row': String(item.ordinal)});
      var signal = el('td');
      signal.appendChild(el('strong', null, row[1]));
      if (row[2]) signal.appendChild(el('span', {'class': 'description'}, row[2]));
      tr.appendChild(signal);
      tr.appendChild(el('td', null, row[3]));
      tr.appendChild(el('td', null, row[4]));
      tr.appendChild(el('td', null, row[5]));
      var score = el('td', {'class': 'right'});
      if (row[6]) score.appendChild(relevancy(row[6]));
      tr.appendChild(score);
      tr.appendChild(source(el('td'), article, ' '));
      tr.appendChild(el('td', null, article[3].join(', ')));
      body.appendChild(tr);
    });
  }

  /* Signals as cards, to print for a workshop table: each card whole on its page. */
  function renderCards(items) {
    cards.textContent = '';
    items.forEach(function (item, i) {
      var row = item.row;
      var article = item.article;
      var card = el('li', {'class': 'card', 'data-row': String(item.ordinal)});
      card.appendChild(el('p', {'class': 'card-number'}, 'Card ' + (i + 1) + ' of ' + items.length));
      card.appendChild(el('h2', {'class': 'card-signal'}, row[1]));
      if (row[2]) card.appendChild(el('p', {'class': 'card-description'}, row[2]));
      var facts = el('dl');
      [['Change', row[3]], ['10-year horizon', row[4]], ['Driving force', row[5]]].forEach(function (f) {
        if (!f[1]) return;
        facts.appendChild(el('dt', null, f[0]));
        facts.appendChild(el('dd', null, f[1]));
      });
      if (row[6]) {
        facts.appendChild(el('dt', null, 'Relevancy'));
        var dd = el('dd');
        dd.appendChild(relevancy(row[6]));
        facts.appendChild(dd);
      }
      card.appendChild(facts);
      card.appendChild(source(el('p', {'class': 'card-source'}), article, ', '));
      if (article[3].length) card.appendChild(el('p', {'class': 'card-themes'}, article[3].join(' · ')));
      card.appendChild(el('p', {'class': 'card-end'}, '(card ' + (i + 1) + ')'));
      cards.appendChild(card);
    });
  }

  /* The article a signal comes from, linked, and its issue date after separator; added to box. */
  function source(box, article, separator) {
    box.appendChild(el('a', {href: article[1]}, article[0]));
    if (article[2]) {
      box.appendChild(document.createTextNode(separator));
      box.appendChild(el('time', {datetime: article[2]}, article[2]));
    }
    return box;
  }

  /* A relevancy score as a scale of five dots with the number as text. */
  function relevancy(value) {
    var n = parseInt(value, 10);
    var scale = el('span', {'class': 'relevancy'});
    if (n >= 0 && n <= 5) {
      scale.appendChild(el('span', {'class': 'dots', 'aria-hidden': 'true'}, '●'.repeat(n) + '○'.repeat(5 - n)));
      scale.appendChild(document.createTextNode(' '));
    }
    scale.appendChild(el('span', {'class': 'score'}, value + (n >= 0 && n <= 5 ? ' of 5' : '')));
    return scale;
  }

  function themeOption(slug, name) {
    var existing = Array.prototype.find.call(themeSelect.options, function (o) { return o.value === slug; });
    if (!existing) themeSelect.appendChild(el('option', {value: slug}, name));
  }

  function show() {
    var mine = ++run;
    var s = state;
    text.value = s.q;
    themeSelect.value = s.theme;
    status.textContent = 'Loading…';
    return view(s).then(function (v) {
      return rowsOf(v.rows).then(function (items) {
        if (mine !== run) return;
        if (v.theme) {
          themeOption(s.theme, v.theme.name);
          themeSelect.value = s.theme;
        }
        var size = meta.pageSize;
        var pages = Math.max(1, Math.ceil(v.total / size));
        var page = s.cards ? 1 : Math.floor(v.start / size) + 1;
        tableBox.hidden = s.cards;
        pager.hidden = s.cards;
        cardsBox.hidden = !s.cards;
        cardsToggle.textContent = s.cards ? 'Back to the table' : 'Print as cards';
        if (s.cards) {
          renderCards(items);
          body.textContent = '';
        } else {
          renderRows(items);
          cards.textContent = '';
        }
        status.textContent = v.unknownTheme ? 'There is no theme “' + s.theme + '” with signals.'
          : s.cards ? items.length + (items.length === 1 ? ' card' : ' cards') + ' of ' + v.total + ' signals'
            + (items.length < v.total ? ' (the first ' + items.length + '; narrow the view for the others).' : '.')
          : v.total + ' of ' + meta.count + ' signals' + (v.total ? ', ' + (v.start + 1) + '–' + (v.start + items.length) + ' shown.' : '.');
        pageLabel.textContent = 'Page ' + page + ' of ' + pages;
        prev.disabled = page <= 1;
        next.disabled = page >= pages;
        state.page = page;
        table.querySelectorAll('th[aria-sort]').forEach(function (th) {
          var key = th.querySelector('button').getAttribute('data-sort');
          th.setAttribute('aria-sort', key !== s.sort ? 'none' : s.desc ? 'descending' : 'ascending');
        });
        document.body.setAttribute('data-signals-view', urlOf(state));
        document.body.setAttribute('data-signals-ready', String(v.total));
      });
    }).catch(function (e) {
      if (mine !== run) return;
      status.textContent = 'The signals could not be loaded: ' + e.message;
    });
  }

  function change(update, replace) {
    Object.keys(update).forEach(function (k) { state[k] = update[k]; });
    var url = urlOf(state);
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    return show();
  }

  table.querySelector('thead').addEventListener('click', function (e) {
    var button = e.target.closest('button[data-sort]');
    if (!button) return;
    var key = button.getAttribute('data-sort');
    change({sort: key, desc: state.sort === key ? !state.desc : false, page: 1});
  });
  var typing = false;
  text.addEventListener('input', function () {
    change({q: text.value, page: 1}, typing);
    typing = true;
  });
  text.addEventListener('change', function () { typing = false; });
  themeSelect.addEventListener('change', function () { change({theme: themeSelect.value, page: 1}); });
  controls.addEventListener('submit', function (e) { e.preventDefault(); typing = false; });
  cardsToggle.hidden = false;
  cardsToggle.addEventListener('click', function () { change({cards: !state.cards, page: 1}); });
  printButton.addEventListener('click', function () { window.print(); });
  prev.addEventListener('click', function () { change({page: state.page - 1}); });
  next.addEventListener('click', function () { change({page: state.page + 1}); });
  window.addEventListener('popstate', function () { readUrl(); show(); });

  get('meta').then(function (m) {
    meta = m;
    stop = new Set(m.stop);
    m.columns.forEach(function (c, i) { columns[c] = i; });
    m.themes.forEach(function (t) { themeSelect.appendChild(el('option', {value: t[0]}, t[1] + ' (' + t[2] + ')')); });
    readUrl();
    return show();
  }).catch(function (e) {
    status.textContent = 'The signals could not be loaded: ' + e.message;
  });
})();
