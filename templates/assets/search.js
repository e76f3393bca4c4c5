/*
 * Foresite search: the query engine. It runs in the browser (search page) and under Node (tests, oracle).
 *
 * All linguistics happen at build time: the index maps every surface form of a word (lowercased, folded)
 * to its stem's postings, with BM25 weights precomputed. This file only normalises a query the way the
 * build normalised the text (NFKC, word segmentation, lowercasing, the folding table the build wrote into
 * the manifest) and adds up weights.
 *
 * Query syntax: words (any of them), +word (required), -word (excluded), "a phrase" (all its words
 * required; positions are not indexed, so word order is not checked). The last word, when it is not a
 * known word and has two letters or more, matches the words it begins ("regul" finds "regulation").
 */
(function (root) {
  'use strict';

  var WORD = /[\p{L}\p{Nd}\p{M}]/u;
  var MARK = /\p{M}/u;
  var SINGLE = /[\p{sc=Han}\p{sc=Hiragana}]/u;
  var KATAKANA = /\p{sc=Katakana}/u;
  var PREFIX_STEMS = 24;
  var PREFIX_SHARDS = 3;
  /* A single letter begins too many words to be worth expanding. */
  var MIN_PREFIX = 2;

  /* Word classes of the Unicode word segmentation that matter once punctuation splits words:
     ideographs and hiragana stand alone, katakana runs and other letters/digits run apart. */
  function wordClass(ch) {
    if (!WORD.test(ch)) return 0;
    if (MARK.test(ch)) return 4;
    if (SINGLE.test(ch)) return 2;
    if (KATAKANA.test(ch)) return 3;
    return 1;
  }

  /* Lowercase, and a Latin letter with diacritics becomes its base letter; the manifest's folding table
     lists every character for which the build's folding differs from this. */
  var MARKS = /^\p{M}+$/u;
  function defaultFold(ch) {
    var lower = ch.toLowerCase();
    var d = lower.normalize('NFD');
    if (d.length > 1 && d.charCodeAt(0) < 128 && MARKS.test(d.slice(1))) return d[0];
    return lower;
  }

  /** The surface forms of a text, exactly as the build's TextAnalysis.surfaces computes them. */
  function surfaces(text, fold, maxWord) {
    var out = [];
    var run = '';
    var runClass = 0;
    function flush() {
      if (!run) return;
      var folded = '';
      for (var ch of run) {
        folded += Object.prototype.hasOwnProperty.call(fold, ch) ? fold[ch] : defaultFold(ch);
      }
      var part = '';
      for (var c of folded + ' ') {
        if (WORD.test(c)) {
          part += c;
        } else if (part) {
          if (Array.from(part).length <= maxWord) out.push(part);
          part = '';
        }
      }
      run = '';
      runClass = 0;
    }
    for (var ch of String(text).normalize('NFKC')) {
      var cls = wordClass(ch);
      if (cls === 0) {
        flush();
      } else if (cls === 4) {
        if (run) run += ch;
      } else {
        if (run && (cls !== runClass || cls === 2)) flush();
        run += ch;
        runClass = cls;
      }
    }
    flush();
    return out;
  }

  /**
   * Where a text shows any of the wanted surface forms: each run of letters, digits and marks whose surface forms
   * (folded as the build folded them, with the manifest's table) include a wanted one, as [start, end).
   */
  function marked(text, wanted, fold, maxWord) {
    var out = [];
    var re = /[\p{L}\p{Nd}\p{M}]+/gu;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (surfaces(m[0], fold, maxWord).some(function (f) { return wanted.has(f); })) {
        out.push([m.index, m.index + m[0].length]);
      }
    }
    return out;
  }

  /**
   * Splits a query into clauses: {op: 'should'|'must'|'not', phrase, text}. Unmatched quotes run to the end.
   * endsOpen tells whether the last word may still be growing (no trailing space or quote).
   */
  function parseQuery(query) {
    var q = String(query || '');
    var clauses = [];
    var i = 0;
    while (i < q.length) {
      var ch = q[i];
      if (/\s/.test(ch)) { i++; continue; }
      var op = 'should';
      if ((ch === '+' || ch === '-') && i + 1 < q.length && !/\s/.test(q[i + 1])) {
        op = ch === '+' ? 'must' : 'not';
        i++;
        ch = q[i];
      }
      if (ch === '"') {
        var end = q.indexOf('"', i + 1);
        var text = q.slice(i + 1, end < 0 ? q.length : end);
        clauses.push({op: op === 'should' ? 'must' : op, phrase: true, text: text});
        i = end < 0 ? q.length : end + 1;
      } else {
        var j = i;
        while (j < q.length && !/\s/.test(q[j]) && q[j] !== '"') j++;
        clauses.push({op: op, phrase: false, text: q.slice(i, j)});
        i = j;
      }
    }
    var last = clauses[clauses.length - 1];
    var endsOpen = !!last && !last.phrase && last.op !== 'not' && !/[\s"]$/.test(q);
    return {clauses: clauses, endsOpen: endsOpen};
  }

  /* Numbers are written in base 32, most significant digit first; the last digit of each number comes
     from a second alphabet, so no separators are needed (see Postings.java). */
  var DIGIT = {};
  '0123456789abcdefghijklmnopqrstuv'.split('').forEach(function (c, i) { DIGIT[c] = i; });
  'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_'.split('').forEach(function (c, i) { DIGIT[c] = 32 + i; });

  function decodeNumbers(encoded, each) {
    var value = 0;
    for (var i = 0; i < encoded.length; i++) {
      var d = DIGIT[encoded[i]];
      if (d < 32) {
        value = value * 32 + d;
      } else {
        each(value * 32 + d - 32);
        value = 0;
      }
    }
  }

  function decodePostings(encoded) {
    var map = new Map();
    var doc = 0;
    var pendingDoc = -1;
    decodeNumbers(encoded || '', function (n) {
      if (pendingDoc < 0) {
        doc += n;
        pendingDoc = doc;
      } else {
        map.set(pendingDoc, n);
        pendingDoc = -1;
      }
    });
    return map;
  }

  function decodeDocs(encoded) {
    var set = new Set();
    var doc = 0;
    decodeNumbers(encoded || '', function (n) {
      doc += n;
      set.add(doc);
    });
    return set;
  }

  /** Every number of an encoded list, in order. */
  function numbers(encoded) {
    var out = [];
    decodeNumbers(encoded || '', function (n) { out.push(n); });
    return out;
  }

  /** The index of the shard whose range holds key, given the sorted first keys of every shard. */
  function shardFor(starts, key) {
    var lo = 0;
    var hi = starts.length - 1;
    if (hi < 0 || key < starts[0]) return -1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** The file name of the term shard whose forms begin with start, as the build names it (IndexFiles.shardId). */
  function shardId(start) {
    if (/^[a-z0-9]+$/.test(start)) return 'w' + start;
    var id = 'x';
    for (var i = 0; i < start.length; i++) id += ('000' + start.charCodeAt(i).toString(16)).slice(-4);
    return id;
  }

  /** The indexes of every shard that may hold a key beginning with prefix. */
  function shardsFor(starts, prefix) {
    var out = [];
    for (var i = Math.max(shardFor(starts, prefix), 0); i < starts.length; i++) {
      if (out.length && starts[i].slice(0, prefix.length) > prefix) break;
      out.push(i);
    }
    return out;
  }

  /**
   * A loader of the data files under base, written as scripts that call callback("id", payload): over http(s)
   * fetch reads them; from disk (file://), where browsers refuse fetch, a script tag runs the same file.
   * Returns load(id), a promise of the payload.
   */
  function createLoader(base, callback) {
    var pending = new Map();
    var overHttp = /^https?:$/.test(root.location.protocol);
    root[callback] = function (id, payload) {
      var waiter = pending.get(id);
      if (waiter) {
        pending.delete(id);
        waiter.resolve(payload);
      }
    };
    return function (id) {
      if (overHttp) {
        return fetch(base + id + '.js').then(function (r) {
          if (!r.ok) throw new Error('cannot load the data file ' + id);
          return r.text();
        }).then(function (text) {
          return JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(');')));
        });
      }
      return new Promise(function (resolve, reject) {
        pending.set(id, {resolve: resolve});
        var script = document.createElement('script');
        script.src = base + id + '.js';
        script.async = true;
        script.onload = function () { script.remove(); };
        script.onerror = function () {
          script.remove();
          pending.delete(id);
          reject(new Error('cannot load the data file ' + id));
        };
        document.head.appendChild(script);
      });
    };
  }

  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var cur = [i];
      var best = i;
      for (var j2 = 1; j2 <= b.length; j2++) {
        cur[j2] = Math.min(prev[j2] + 1, cur[j2 - 1] + 1, prev[j2 - 1] + (a[i - 1] === b[j2 - 1] ? 0 : 1));
        if (cur[j2] < best) best = cur[j2];
      }
      if (best > limit) return limit + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  /**
   * A search engine over one index. load(id) returns a promise of the payload of index file id
   * ("manifest", "terms/3", "facets/0", "docs/12").
   */
  function createEngine(load) {
    var files = new Map();
    var manifestPromise = null;

    function get(id) {
      if (!files.has(id)) {
        var p = Promise.resolve().then(function () { return load(id); });
        p.catch(function () { files.delete(id); });
        files.set(id, p);
      }
      return files.get(id);
    }

    function manifest() {
      if (!manifestPromise) manifestPromise = get('manifest');
      return manifestPromise;
    }

    /* A loaded term shard; each stem is [stem, postings, all its surface forms]; postings decode once. */
    var shards = new Map();
    function termShard(m, index) {
      if (shards.has(index)) return Promise.resolve(shards.get(index));
      return get('terms/' + shardId(m.terms[index])).then(function (raw) {
        if (!shards.has(index)) {
          shards.set(index, {raw: raw, postings: new Map()});
        }
        return shards.get(index);
      });
    }

    function stemOf(shard, stemIndex) {
      var key = shard.raw.stems[stemIndex][0];
      if (!shard.postings.has(stemIndex)) {
        shard.postings.set(stemIndex, decodePostings(shard.raw.stems[stemIndex][1]));
      }
      return {stem: key, postings: shard.postings.get(stemIndex), forms: shard.raw.stems[stemIndex][2]};
    }

    /* The stems a word stands for: its own, or (prefix) those of the words it begins. */
    function lookup(m, word, prefix) {
      var first = shardFor(m.terms, word);
      var exact = first < 0 ? Promise.resolve(null) : termShard(m, first).then(function (shard) {
        return Object.prototype.hasOwnProperty.call(shard.raw.forms, word) ? stemOf(shard, shard.raw.forms[word]) : null;
      });
      return exact.then(function (hit) {
        if (hit || !prefix) return {word: word, stems: hit ? [hit] : [], prefix: false};
        var indexes = [];
        for (var i = Math.max(first, 0); i < m.terms.length && indexes.length < PREFIX_SHARDS; i++) {
          if (i > Math.max(first, 0) && m.terms[i].slice(0, word.length) > word) break;
          indexes.push(i);
        }
        return Promise.all(indexes.map(function (i) { return termShard(m, i); })).then(function (loaded) {
          var candidates = [];
          var seen = new Set();
          loaded.forEach(function (shard) {
            Object.keys(shard.raw.forms).forEach(function (form) {
              if (form.lastIndexOf(word, 0) === 0) {
                var idx = shard.raw.forms[form];
                var key = shard.raw.stems[idx][0];
                if (!seen.has(key)) {
                  seen.add(key);
                  candidates.push({shard: shard, index: idx, size: shard.raw.stems[idx][1].length});
                }
              }
            });
          });
          candidates.sort(function (a, b) {
            var x = a.shard.raw.stems[a.index][0];
            var y = b.shard.raw.stems[b.index][0];
            return b.size - a.size || (x < y ? -1 : x > y ? 1 : 0);
          });
          return {word: word, prefix: true, stems: candidates.slice(0, PREFIX_STEMS).map(function (c) {
            return stemOf(c.shard, c.index);
          })};
        });
      });
    }

    /* Closest known words to an unknown one, from its neighbourhood of the vocabulary. */
    function suggest(m, word) {
      var i = shardFor(m.terms, word);
      var indexes = [Math.max(i, 0)];
      if (i + 1 < m.terms.length) indexes.push(i + 1);
      return Promise.all(indexes.map(function (k) { return termShard(m, k); })).then(function (loaded) {
        var limit = word.length > 5 ? 2 : 1;
        var found = [];
        loaded.forEach(function (shard) {
          Object.keys(shard.raw.forms).forEach(function (form) {
            var d = editDistance(word, form, limit);
            if (d <= limit && form !== word) {
              found.push({form: form, distance: d, size: shard.raw.stems[shard.raw.forms[form]][1].length});
            }
          });
        });
        found.sort(function (a, b) { return a.distance - b.distance || b.size - a.size || (a.form < b.form ? -1 : 1); });
        return found.slice(0, 5).map(function (f) { return f.form; });
      });
    }

    /**
     * Runs a query. options.prefix lets the last word match the words it begins. Resolves to
     * {results: [{doc, score}], highlight: [forms], unknown: [words], ignored: [stop words]}.
     */
    function search(query, options) {
      var prefix = !!(options && options.prefix);
      return manifest().then(function (m) {
        var parsed = parseQuery(query);
        var stop = new Set(m.stop);
        var jobs = [];
        var ignored = [];
        parsed.clauses.forEach(function (clause, ci) {
          var words = surfaces(clause.text, m.fold, m.maxWord);
          words.forEach(function (word, wi) {
            if (stop.has(word)) { ignored.push(word); return; }
            var isLast = ci === parsed.clauses.length - 1 && wi === words.length - 1;
            var growing = prefix && parsed.endsOpen && isLast && Array.from(word).length >= MIN_PREFIX;
            jobs.push(lookup(m, word, growing).then(function (hit) {
              hit.op = clause.op;
              return hit;
            }));
          });
        });
        return Promise.all(jobs).then(function (hits) { return score(hits, ignored); });
      });
    }

    function score(hits, ignored) {
      var scores = new Map();
      var required = [];
      var excluded = new Set();
      var highlight = new Set();
      var unknown = [];
      var counted = new Set();
      var positive = 0;
      hits.forEach(function (hit) {
        if (hit.stems.length === 0) {
          if (hit.op !== 'not') unknown.push(hit.word);
          if (hit.op === 'must') required.push(new Map());
          return;
        }
        if (hit.op === 'not') {
          hit.stems.forEach(function (s) { s.postings.forEach(function (w, doc) { excluded.add(doc); }); });
          return;
        }
        positive++;
        hit.stems.forEach(function (s) { s.forms.forEach(function (f) { highlight.add(f); }); });
        var key = hit.stems.map(function (s) { return s.stem; }).join(' ');
        // A stem asked for twice counts once, as in the build's reference (the Lucene oracle).
        var combined = new Map();
        hit.stems.forEach(function (s) {
          s.postings.forEach(function (w, doc) {
            var prev = combined.get(doc);
            if (prev === undefined || w > prev) combined.set(doc, w);
          });
        });
        if (hit.op === 'must') required.push(combined);
        if (counted.has(key)) return;
        counted.add(key);
        combined.forEach(function (w, doc) { scores.set(doc, (scores.get(doc) || 0) + w); });
      });
      var results = [];
      if (positive > 0) {
        scores.forEach(function (s, doc) {
          if (excluded.has(doc)) return;
          for (var r = 0; r < required.length; r++) if (!required[r].has(doc)) return;
          results.push({doc: doc, score: s});
        });
      }
      results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return {results: results, highlight: Array.from(highlight).sort(), unknown: unknown, ignored: ignored};
    }

    return {
      manifest: manifest,
      search: search,
      suggest: function (word) { return manifest().then(function (m) { return suggest(m, word); }); },
      doc: function (n) { return get('docs/' + n); },
      /* The documents carrying a theme (by key), or null when the index has no such theme. */
      theme: function (key) {
        return manifest().then(function (m) {
          var i = shardFor(m.facets, key);
          if (i < 0) return null;
          return get('facets/' + i).then(function (shard) {
            var entry = shard[key];
            return entry ? {name: entry[0], docs: decodeDocs(entry[1])} : null;
          });
        });
      },
      surfaces: function (text) {
        return manifest().then(function (m) { return surfaces(text, m.fold, m.maxWord); });
      }
    };
  }

  var api = {createEngine: createEngine, surfaces: surfaces, marked: marked, parseQuery: parseQuery,
    createLoader: createLoader,
    shardFor: shardFor, shardsFor: shardsFor, shardId: shardId, numbers: numbers, decodeDocs: decodeDocs};
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.ForesiteSearch = api;
  }
})(typeof self !== 'undefined' ? self : this);
