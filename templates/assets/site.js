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

  /* Term indexes: typing in the filter box narrows the A–Z list. */
  var filter = document.getElementById('term-filter');
  if (filter) {
    var items = Array.prototype.slice.call(document.querySelectorAll('ul.term-index li'));
    var count = document.getElementById('term-filter-count');
    filter.parentNode.hidden = false;
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      var shown = 0;
      items.forEach(function (li) {
        var match = !q || li.firstChild.textContent.toLowerCase().indexOf(q) >= 0;
        li.hidden = !match;
        if (match) shown++;
      });
      document.querySelectorAll('ul.term-index').forEach(function (ul) {
        var section = ul.closest('section');
        if (section) section.hidden = !ul.querySelector('li:not([hidden])');
      });
      count.textContent = q ? shown + ' of ' + items.length : '';
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
