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

  var wanted = new URLSearchParams(window.location.search).get('highlight');
  var main = document.getElementById('main');
  if (!wanted || !main) return;

  function fold(word) {
    return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  }
  var words = new Set(wanted.split(/\s+/).filter(Boolean).map(fold));
  if (!words.size) return;

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
    var re = /[\p{L}\p{Nd}\p{M}]+/gu;
    var m;
    var at = 0;
    var parts = null;
    while ((m = re.exec(text)) !== null) {
      if (!words.has(fold(m[0]))) continue;
      parts = parts || document.createDocumentFragment();
      parts.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      parts.appendChild(mark);
      first = first || mark;
      at = m.index + m[0].length;
    }
    if (parts) {
      parts.appendChild(document.createTextNode(text.slice(at)));
      node.parentNode.replaceChild(parts, node);
    }
  });
  if (first) first.scrollIntoView({block: 'center'});
})();
