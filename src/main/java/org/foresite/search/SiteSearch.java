package org.foresite.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers queries from a built site's index files with the algorithm of the browser client (search.js):
 * for {@code foresite search} and for tests that compare the two.
 */
public final class SiteSearch {
    private static final int PREFIX_STEMS = 24;
    private static final int PREFIX_SHARDS = 3;
    private static final int MIN_PREFIX = 2;

    private final Path index;
    private final TextAnalysis analysis = new TextAnalysis();
    private final Map<String, JsonNode> files = new HashMap<>();
    private final JsonNode manifest;
    private final List<String> termStarts = new ArrayList<>();
    private final Set<String> stopWords = new HashSet<>();

    public record Hit(int doc, long score) {
    }

    public record Outcome(List<Hit> results, List<String> highlight, List<String> unknown) {
    }

    private record Stem(String stem, JsonNode entry) {
    }

    public SiteSearch(Path site) {
        this.index = site.resolve(IndexFiles.DIR);
        this.manifest = load(IndexFiles.MANIFEST);
        manifest.get("terms").forEach(t -> termStarts.add(t.asText()));
        manifest.get("stop").forEach(t -> stopWords.add(t.asText()));
    }

    public JsonNode doc(int n) {
        return load("docs/" + n);
    }

    public Outcome search(String query, boolean prefix) {
        QueryParser.Query parsed = QueryParser.parse(query);
        Map<Integer, Long> scores = new HashMap<>();
        List<Set<Integer>> required = new ArrayList<>();
        Set<Integer> excluded = new HashSet<>();
        Set<String> highlight = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        int positive = 0;
        List<QueryParser.Clause> clauses = parsed.clauses();
        for (int ci = 0; ci < clauses.size(); ci++) {
            QueryParser.Clause clause = clauses.get(ci);
            List<String> words = analysis.surfaces(clause.text());
            for (int wi = 0; wi < words.size(); wi++) {
                String word = words.get(wi);
                if (stopWords.contains(word)) {
                    continue;
                }
                boolean last = ci == clauses.size() - 1 && wi == words.size() - 1;
                boolean growing = prefix && parsed.endsOpen() && last && word.codePointCount(0, word.length()) >= MIN_PREFIX;
                List<Stem> stems = lookup(word, growing);
                if (stems.isEmpty()) {
                    if (clause.op() != QueryParser.Op.NOT) {
                        unknown.add(word);
                    }
                    if (clause.op() == QueryParser.Op.MUST) {
                        required.add(Set.of());
                    }
                    continue;
                }
                if (clause.op() == QueryParser.Op.NOT) {
                    stems.forEach(s -> excluded.addAll(postings(s).keySet()));
                    continue;
                }
                positive++;
                stems.forEach(s -> s.entry().get(2).forEach(f -> highlight.add(f.asText())));
                Map<Integer, Long> combined = new HashMap<>();
                for (Stem s : stems) {
                    postings(s).forEach((doc, w) -> combined.merge(doc, w, Math::max));
                }
                if (clause.op() == QueryParser.Op.MUST) {
                    required.add(combined.keySet());
                }
                String key = String.join(" ", stems.stream().map(Stem::stem).toList());
                if (counted.add(key)) {
                    combined.forEach((doc, w) -> scores.merge(doc, w, Long::sum));
                }
            }
        }
        List<Hit> results = new ArrayList<>();
        if (positive > 0) {
            scores.forEach((doc, score) -> {
                if (!excluded.contains(doc) && required.stream().allMatch(r -> r.contains(doc))) {
                    results.add(new Hit(doc, score));
                }
            });
        }
        results.sort(Comparator.comparingLong((Hit h) -> -h.score()).thenComparingInt(Hit::doc));
        return new Outcome(results, List.copyOf(highlight), unknown);
    }

    private List<Stem> lookup(String word, boolean prefix) {
        int first = shardFor(word);
        if (first >= 0) {
            JsonNode shard = load("terms/" + IndexFiles.shardId(termStarts.get(first)));
            JsonNode form = shard.get("forms").get(word);
            if (form != null) {
                return List.of(stem(shard, form.asInt()));
            }
        }
        if (!prefix) {
            return List.of();
        }
        int start = Math.max(first, 0);
        record Candidate(Stem stem, int size) {
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = start, taken = 0; i < termStarts.size() && taken < PREFIX_SHARDS; i++, taken++) {
            String firstForm = termStarts.get(i);
            if (i > start && firstForm.substring(0, Math.min(word.length(), firstForm.length())).compareTo(word) > 0) {
                break;
            }
            JsonNode shard = load("terms/" + IndexFiles.shardId(termStarts.get(i)));
            var it = shard.get("forms").fields();
            while (it.hasNext()) {
                var e = it.next();
                if (e.getKey().startsWith(word)) {
                    Stem s = stem(shard, e.getValue().asInt());
                    if (seen.add(s.stem())) {
                        candidates.add(new Candidate(s, s.entry().get(1).asText().length()));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.size()).thenComparing(c -> c.stem().stem()));
        return candidates.stream().limit(PREFIX_STEMS).map(Candidate::stem).toList();
    }

    private static Stem stem(JsonNode shard, int index) {
        JsonNode entry = shard.get("stems").get(index);
        return new Stem(entry.get(0).asText(), entry);
    }

    private final Map<String, Map<Integer, Long>> decoded = new HashMap<>();

    /** A stem's postings, decoded once per engine: common words have tens of thousands. */
    private Map<Integer, Long> postings(Stem stem) {
        return decoded.computeIfAbsent(stem.stem(), k -> decode(stem));
    }

    private static Map<Integer, Long> decode(Stem stem) {
        Map<Integer, Long> map = new LinkedHashMap<>();
        int[] numbers = Postings.decodeNumbers(stem.entry().get(1).asText());
        int doc = 0;
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            doc += numbers[i];
            map.put(doc, (long) numbers[i + 1]);
        }
        return map;
    }

    private int shardFor(String key) {
        int lo = 0;
        int hi = termStarts.size() - 1;
        if (hi < 0 || key.compareTo(termStarts.get(0)) < 0) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (termStarts.get(mid).compareTo(key) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private JsonNode load(String id) {
        return files.computeIfAbsent(id, k -> {
            Path file = index.resolve(k + ".js");
            try {
                return IndexFiles.payload(Files.readString(file, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no search index at " + index + " (missing " + k + ".js); build the site first");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
