/*
 * Foresite, every page: the dark-mode toggle, "/" focuses the search box, and ?highlight=words (set by
 * search results) marks those words in the article and scrolls to the first one.
 */
(function () {
  'use strict';

  var toggle = document.getElementById('theme-toggle');
  if (toggle) {
    var root = document.documentElement;
    var isDark = function () {
      var chosen = root.getAttribute('data-theme');
      return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    };
    var show = function () { toggle.setAttribute('aria-pressed', String(isDark())); };
    toggle.hidden = false;
    show();
    toggle.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { window.localStorage.setItem('foresite-theme', next); } catch (e) { /* not remembered, still applied */ }
      show();
    });
  }

  /* Term indexes: the filter box finds terms on every page of the A–Z list (search/<kind>/ holds every term
     under each word of its name); a single letter narrows this page's list. */
  var filter = document.getElementById('term-filter');
  if (filter) {
    var box = filter.parentNode;
    var count = document.getElementById('term-filter-count');
    var results = document.getElementById('term-filter-results');
    var pageList = document.getElementById('term-pages');
    var items = Array.prototype.slice.call(pageList.querySelectorAll('ul.term-index li'));
    var finder = null;
    var asked = 0;
    var SHOWN = 200;
    var SHARDS = 8;
    box.hidden = false;

    var local = function (q) {
      results.hidden = true;
      pageList.hidden = false;
      var shown = 0;
      items.forEach(function (li) {
        var match = !q || li.firstChild.textContent.toLowerCase().indexOf(q) >= 0;
        li.hidden = !match;
        if (match) shown++;
      });
      pageList.querySelectorAll('ul.term-index').forEach(function (ul) {
        var section = ul.closest('section');
        if (section) section.hidden = !ul.querySelector('li:not([hidden])');
      });
      count.textContent = q ? shown + ' of ' + items.length + ' on this page' : '';
    };

    /* Terms with a word beginning with each word of the query; longest (not a stop word) picks the files. */
    var everywhere = function (words, longest, m, load, mine) {
      var shards = window.ForesiteSearch.shardsFor(m.starts, longest).slice(0, SHARDS);
      var capped = false;
      return Promise.all(shards.map(function (i) { return load(String(i)); })).then(function (loaded) {
        if (mine !== asked) return;
        var found = new Map();
        loaded.forEach(function (shard) {
          Object.keys(shard).forEach(function (w) {
            if (w.lastIndexOf(longest, 0) !== 0) return;
            if (shard[w].length >= m.perWord) capped = true;
            shard[w].forEach(function (entry) {
              if (found.has(entry[3])) return;
              var own = window.ForesiteSearch.surfaces(entry[0], m.fold, m.maxWord);
              var all = words.every(function (q) {
                return own.some(function (o) { return o.lastIndexOf(q, 0) === 0; });
              });
              if (all) found.set(entry[3], entry);
            });
          });
        });
        /* The most used first: what a reader looking for a term most likely means. */
        var list = Array.from(found.values()).sort(function (a, b) { return b[2] - a[2] || a[3] - b[3]; });
        results.textContent = '';
        list.slice(0, SHOWN).forEach(function (entry) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = entry[1];
          a.textContent = entry[0];
          li.appendChild(a);
          var c = document.createElement('span');
          c.className = 'count';
          c.textContent = '(' + entry[2] + ')';
          li.appendChild(document.createTextNode(' '));
          li.appendChild(c);
          results.appendChild(li);
        });
        pageList.hidden = true;
        results.hidden = false;
        count.textContent = list.length + (list.length === 1 ? ' match' : ' matches') +
          (list.length > SHOWN ? ', the first ' + SHOWN + ' shown' : '') +
          (shards.length === SHARDS || capped ? '; more terms match: type more letters or another word' : '');
        document.body.setAttribute('data-term-filter', words.join(' '));
      });
    };

    filter.addEventListener('input', function () {
      var mine = ++asked;
      var q = filter.value.trim().toLowerCase();
      var engine = window.ForesiteSearch;
      if (!engine || !q) { local(q); return; }
      if (!finder) {
        var load = engine.createLoader(box.getAttribute('data-finder'), 'foresiteTerms');
        var cache = new Map();
        var cached = function (id) {
          if (!cache.has(id)) cache.set(id, load(id));
          return cache.get(id);
        };
        finder = {load: cached, manifest: cached('manifest')};
      }
      finder.manifest.then(function (m) {
        if (mine !== asked) return;
        var words = engine.surfaces(q, m.fold, m.maxWord);
        var stop = new Set(m.stop);
        var longest = words.filter(function (w) { return !stop.has(w); })
          .reduce(function (a, b) { return b.length > a.length ? b : a; }, '');
        if (Array.from(longest).length < 2) { local(q); return; }
        return everywhere(words, longest, m, finder.load, mine);
      }).catch(function () { local(q); });
    });
  }

  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    var target = e.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById('q') || document.getElementById('site-search');
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });

  /* ?highlight=forms (set by search results): the words whose forms the search matched, marked as the build folds
     them (search.js and the manifest's folding table, loaded for this), and the first scrolled to. */
  var wanted = new URLSearchParams(window.location.search).get('highlight');
  var main = document.getElementById('main');
  var body = document.body;
  if (!wanted || !main || !body.hasAttribute('data-search-index')) return;
  var forms = new Set(wanted.split(/\s+/).filter(Boolean));
  if (!forms.size) return;

  function mark(manifest) {
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentNode && /^(SCRIPT|STYLE|MARK)$/.test(node.parentNode.nodeName)
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var first = null;
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      var ranges = window.ForesiteSearch.marked(text, forms, manifest.fold, manifest.maxWord);
      if (!ranges.length) return;
      var parts = document.createDocumentFragment();
      var at = 0;
      ranges.forEach(function (r) {
        parts.appendChild(document.createTextNode(text.slice(at, r[0])));
        var m = document.createElement('mark');
        m.textContent = text.slice(r[0], r[1]);
        parts.appendChild(m);
        first = first || m;
        at = r[1];
      });
      parts.appendChild(document.createTextNode(text.slice(at)));
      node.parentNode.replaceChild(parts, node);
    });
    if (first) first.scrollIntoView({block: 'center'});
    body.setAttribute('data-highlighted', String(main.querySelectorAll('mark').length));
  }

  function withEngine(then) {
    if (window.ForesiteSearch) { then(); return; }
    var script = document.createElement('script');
    script.src = body.getAttribute('data-search-engine');
    script.onload = then;
    document.head.appendChild(script);
  }

  withEngine(function () {
    window.ForesiteSearch.createLoader(body.getAttribute('data-search-index'), 'foresiteSearch')('manifest').then(mark);
  });
})();
