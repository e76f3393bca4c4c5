/*
 * Foresite search page: search as you type, results with highlighted snippets, theme filter, keyboard use,
 * and the query kept in the URL (search.html?q=...&theme=...). Index files are scripts loaded on demand,
 * so the page works from a web server, under a project path, and opened from disk.
 */
(function () {
  'use strict';

  var PAGE = 10;
  var SNIPPET = 220;
  var CHIPS = 4;

  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('results');
  var filters = document.getElementById('filters');
  var more = document.getElementById('more');
  var indexBase = form.getAttribute('data-index');

  var engine = ForesiteSearch.createEngine(ForesiteSearch.createLoader(indexBase, 'foresiteSearch'));
  var state = {query: '', theme: '', outcome: null, shown: 0, themeDocs: null, run: 0};

  function params() {
    var p = new URLSearchParams(window.location.search);
    return {q: p.get('q') || '', theme: p.get('theme') || ''};
  }

  function urlFor(query, theme) {
    var p = new URLSearchParams();
    if (query) p.set('q', query);
    if (theme) p.set('theme', theme);
    var s = p.toString();
    return window.location.pathname + (s ? '?' + s : '');
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* The manifest, for marking words as the build folded them; loaded before any result is shown. */
  var manifest = null;

  /* The snippet: a window of the summary around the first matched word, matches wrapped in <mark>. */
  function snippet(text, highlight) {
    var words = ForesiteSearch.marked(text, new Set(highlight), manifest.fold, manifest.maxWord)
      .map(function (r) { return {start: r[0], end: r[1]}; });
    var from = 0;
    if (words.length && words[0].start > SNIPPET / 2) {
      from = text.lastIndexOf(' ', words[0].start - 40) + 1;
    }
    var to = Math.min(text.length, from + SNIPPET);
    if (to < text.length) {
      var space = text.lastIndexOf(' ', to);
      if (space > from) to = space;
    }
    var p = el('p', {'class': 'snippet'});
    if (from > 0) p.appendChild(document.createTextNode('… '));
    var at = from;
    words.forEach(function (w) {
      if (w.start < from || w.end > to) return;
      p.appendChild(document.createTextNode(text.slice(at, w.start)));
      p.appendChild(el('mark', null, text.slice(w.start, w.end)));
      at = w.end;
    });
    p.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? ' …' : '')));
    return p;
  }

  function formatDate(iso) {
    if (!iso) return '';
    var d = new Date(iso + 'T00:00:00Z');
    return d.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  }

  function visibleResults() {
    var results = state.outcome ? state.outcome.results : [];
    if (state.themeDocs) {
      results = results.filter(function (r) { return state.themeDocs.has(r.doc); });
    }
    return results;
  }

  function renderResult(doc, highlight) {
    var li = el('li');
    var href = doc.url + (highlight.length ? '?highlight=' + encodeURIComponent(highlight.join(' ')) : '');
    var a = el('a', {href: href, 'class': 'result-title'}, doc.title);
    li.appendChild(a);
    if (doc.kind === 'topic') {
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', {'class': 'kind'}, 'Topic analysis'));
    }
    if (doc.date) {
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('time', {datetime: doc.date}, formatDate(doc.date)));
    }
    if (doc.themes.length) {
      var themes = el('p', {'class': 'result-themes'});
      doc.themes.forEach(function (t, i) {
        if (i) themes.appendChild(document.createTextNode(' · '));
        themes.appendChild(el('span', null, t[0]));
      });
      li.appendChild(themes);
    }
    li.appendChild(snippet(doc.summary, highlight));
    return li;
  }

  function showMore(run) {
    var results = visibleResults();
    var slice = results.slice(state.shown, state.shown + PAGE);
    var highlight = state.outcome.highlight;
    return Promise.all(slice.map(function (r) { return engine.doc(r.doc); })).then(function (docs) {
      if (run !== state.run) return;
      docs.forEach(function (doc) { list.appendChild(renderResult(doc, highlight)); });
      state.shown += docs.length;
      more.hidden = state.shown >= results.length;
      if (!state.theme) renderFilters(docs);
    });
  }

  /* Theme chips from the results on screen; choosing one filters every result by that theme. */
  function renderFilters(docs) {
    var counts = new Map();
    docs.forEach(function (doc) {
      doc.themes.forEach(function (t) {
        var c = counts.get(t[1]) || {name: t[0], count: 0};
        c.count++;
        counts.set(t[1], c);
      });
    });
    var keys = Array.from(counts.keys()).sort(function (a, b) {
      return counts.get(b).count - counts.get(a).count || (a < b ? -1 : 1);
    }).slice(0, 12);
    filters.textContent = '';
    if (!keys.length) { filters.hidden = true; return; }
    filters.hidden = false;
    filters.appendChild(el('span', {'class': 'filter-label'}, 'Filter by theme:'));
    keys.forEach(function (key, i) {
      var b = el('button', {type: 'button', 'class': 'chip', 'data-theme': key, 'aria-pressed': 'false'},
        counts.get(key).name);
      /* A few chips keep the results on the first screen of a phone; the rest wait behind "more". */
      if (i >= CHIPS) b.hidden = true;
      filters.appendChild(b);
    });
    if (keys.length > CHIPS) {
      filters.appendChild(el('button', {type: 'button', 'class': 'chip more-chips'},
        (keys.length - CHIPS) + ' more themes'));
    }
  }

  function renderThemeFilter(name) {
    filters.textContent = '';
    filters.hidden = false;
    filters.appendChild(el('span', {'class': 'filter-label'}, 'Theme:'));
    filters.appendChild(el('button', {type: 'button', 'class': 'chip', 'data-theme': '', 'aria-pressed': 'true',
      'aria-label': 'Remove the theme filter ' + name}, name + ' ×'));
  }

  function renderSuggestions(outcome, run) {
    var words = outcome.unknown.slice(0, 3);
    return Promise.all(words.map(function (w) { return engine.suggest(w); })).then(function (lists) {
      if (run !== state.run) return;
      var alternatives = [];
      lists.forEach(function (forms, i) {
        var word = new RegExp(words[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
        forms.forEach(function (f) {
          alternatives.push(word.test(state.query) ? state.query.replace(word, f) : f);
        });
      });
      if (!alternatives.length) return;
      var p = el('p', {'class': 'suggestions'}, 'Did you mean ');
      alternatives.slice(0, 5).forEach(function (alt, i) {
        if (i) p.appendChild(document.createTextNode(', '));
        p.appendChild(el('a', {href: urlFor(alt, '')}, alt));
      });
      p.appendChild(document.createTextNode('?'));
      status.appendChild(p);
    });
  }

  function render(run) {
    list.textContent = '';
    state.shown = 0;
    more.hidden = true;
    var results = visibleResults();
    status.textContent = '';
    if (!state.query.trim()) {
      filters.hidden = true;
      status.textContent = 'Type to search the articles.';
      return Promise.resolve();
    }
    if (!results.length) {
      filters.hidden = !state.theme;
      status.appendChild(el('p', null, 'No articles match “' + state.query + '”' +
        (state.theme ? ' with this theme.' : '.')));
      return renderSuggestions(state.outcome, run);
    }
    status.appendChild(el('p', null, results.length + (results.length === 1 ? ' article' : ' articles') +
      ' match “' + state.query + '”.'));
    return showMore(run);
  }

  function runSearch(query, theme, started) {
    var run = ++state.run;
    state.query = query;
    state.theme = theme;
    started = started || performance.now();
    var themeJob = theme ? engine.theme(theme) : Promise.resolve(null);
    return Promise.all([engine.search(query, {prefix: true}), themeJob, engine.manifest()]).then(function (done) {
      manifest = done[2];
      if (run !== state.run) return;
      state.outcome = done[0];
      state.themeDocs = done[1] ? done[1].docs : null;
      if (done[1]) renderThemeFilter(done[1].name);
      return render(run).then(function () {
        if (run !== state.run) return;
        document.body.setAttribute('data-search-ms', String(Math.round(performance.now() - started)));
        document.body.setAttribute('data-search-done', query);
      });
    }).catch(function (e) {
      if (run !== state.run) return;
      status.textContent = 'Search is unavailable: ' + e.message;
    });
  }

  /* Typing gives the new search one history entry (pushed on the first keystroke, then updated), so Back
     returns to the search before it. A keystroke searches at once when no search is running; keystrokes
     made meanwhile are coalesced into one search for the latest text, so results follow typing without
     a debounce delay and without a backlog. */
  var typingEntry = false;
  var busy = null;
  var queued = null;
  function record(query) {
    var url = urlFor(query, state.theme);
    if (typingEntry) {
      history.replaceState(null, '', url);
    } else {
      history.pushState(null, '', url);
      typingEntry = true;
    }
  }

  function typed(keystroke) {
    if (busy) {
      queued = keystroke;
      return;
    }
    record(input.value);
    busy = runSearch(input.value, state.theme, keystroke).then(function () {
      busy = null;
      if (queued !== null) {
        var next = queued;
        queued = null;
        if (input.value !== state.query) typed(next);
      }
    });
  }

  input.addEventListener('input', function (e) {
    typed(e.timeStamp || performance.now());
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    queued = null;
    if (input.value !== params().q || !typingEntry) record(input.value);
    typingEntry = false;
    runSearch(input.value, state.theme);
  });

  filters.addEventListener('click', function (e) {
    var expand = e.target.closest('button.more-chips');
    if (expand) {
      filters.querySelectorAll('button[data-theme][hidden]').forEach(function (chip) { chip.hidden = false; });
      expand.remove();
      return;
    }
    var b = e.target.closest('button[data-theme]');
    if (!b) return;
    var theme = b.getAttribute('data-theme');
    history.pushState(null, '', urlFor(state.query, theme));
    runSearch(state.query, theme);
  });

  more.addEventListener('click', function () { showMore(state.run); });

  /* Arrow keys move between the box and the result links; Enter follows a link as usual. */
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = Array.prototype.slice.call(list.querySelectorAll('a.result-title'));
    if (!links.length) return;
    var i = links.indexOf(document.activeElement);
    if (document.activeElement === input && e.key === 'ArrowDown') {
      links[0].focus();
    } else if (i >= 0) {
      if (e.key === 'ArrowDown' && i + 1 < links.length) links[i + 1].focus();
      else if (e.key === 'ArrowUp') (i > 0 ? links[i - 1] : input).focus();
    } else {
      return;
    }
    e.preventDefault();
  });

  window.addEventListener('popstate', function () {
    queued = null;
    typingEntry = false;
    var p = params();
    input.value = p.q;
    runSearch(p.q, p.theme);
  });

  var initial = params();
  input.value = initial.q;
  runSearch(initial.q, initial.theme);
})();
