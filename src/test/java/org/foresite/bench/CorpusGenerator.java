package org.foresite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a deterministic benchmark knowledge base of any size, in the real seed formats, by recombining
 * the real articles of a source folder (by default {@code ../shared/corpus/futures}).
 *
 * <p>The real articles are read as raw material only; no real file is copied. Every generated article
 * takes its <em>shape</em> from a randomly chosen real "donor" of the chosen format variant (how many
 * keywords, themes, summary sentences and table rows, the Closest self-link pattern, the issue token
 * style), and its <em>content</em> from the whole corpus:
 * <ul>
 *   <li>format variants in the real proportions: about 68% old (A), 30% new (B), 2% character-split (C);</li>
 *   <li>titles made of the first half of one real title and the second half of another;</li>
 *   <li>summaries made of real summary sentences;</li>
 *   <li>table rows drawn from real rows of the same section and columns, re-padded the way the real
 *       tables are (pipe tables, widths in code points, {@code |:---|} and right-aligned relevancy);</li>
 *   <li>themes and keywords drawn from an urn seeded with the real occurrences: a draw is either an
 *       earlier occurrence (so common terms stay common) or a new variant of a real term (a word swapped
 *       for a qualifier or head word taken from real terms, or two one-word terms joined by "and"), with
 *       the probability that makes the distinct count follow Heaps' law {@code K0·(n/n0)^d} through the
 *       real corpus (K0 distinct in n0 occurrences). {@code d} is calibrated so that 3,000 articles hold
 *       about 5,100 distinct themes and 15,400 distinct keywords, as the real knowledge base does;</li>
 *   <li>Closest lists (old format) following a real donor's self-link pattern; other entries point to
 *       generated articles (often ones sharing a theme) or, about one in five, to ids that do not exist;</li>
 *   <li>issue dates on a calendar of three issues a week, in the date range of the donor's sub-variant
 *       (2022 to 2026), with the real rare tokens ({@code 20250511d}, {@code …-a-yearly-review}, a
 *       trailing space, a 2029 date, float tokens for variant C).</li>
 * </ul>
 * The same source, count and seed always give byte-identical files: the source is read in sorted order,
 * all randomness comes from {@link Random}s seeded with the seed (ids are a SplitMix64 hash of seed and
 * index), everything is generated in index order, and no hash-ordered collection is ever iterated.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.foresite.bench.CorpusGenerator \
 *      --out /tmp/gen3k --count 3000 [--seed 42] [--source ../shared/corpus/futures]
 * </pre>
 */
public final class CorpusGenerator {

    /** What {@link #generate} wrote. Distinct terms are counted case-insensitively, as the site merges them. */
    public record Summary(int articles, int distinctThemes, int distinctKeywords, long totalBytes,
                          int oldFormat, int newFormat, int characterSplit) {
        @Override
        public String toString() {
            return articles + " articles (" + oldFormat + " old format, " + newFormat + " new format, "
                    + characterSplit + " character-split), " + distinctThemes + " distinct themes, "
                    + distinctKeywords + " distinct keywords, " + totalBytes + " bytes";
        }
    }

    static final Path DEFAULT_SOURCE = Path.of("..", "shared", "corpus", "futures");

    /** Shares of the old (A) and new (B) formats; the rest is the character-split variant (C). */
    static final double OLD_SHARE = 0.68;
    static final double NEW_SHARE = 0.30;
    /** Share of non-self Closest entries that point to a generated article (the real corpus: 81.7%). */
    static final double RESOLVED_SHARE = 0.80;
    /** Of those, the share picked among articles sharing a theme rather than uniformly. */
    static final double SAME_THEME_SHARE = 0.5;
    /** Resolved Closest entries whose link text is not the target's title (real: 58 of 621). */
    static final double LINK_TEXT_DIFFERS = 58.0 / 621.0;
    /**
     * Heaps exponents d of the two term urns, whose distinct count follows {@code K0·(n/n0)^d}. Calibrated
     * for 3,000 articles to give about 5,100 distinct themes and 15,400 distinct keywords (seeds 42, 7, 1,
     * 2, 3: 5,050–5,250 themes and 14,900–15,650 keywords; seed 42: 5,133 and 15,136). The keyword count
     * varies more because a few donors have very long lists (88 and 184 keywords).
     */
    static final double THEME_DISCOUNT = 0.745;
    static final double KEYWORD_DISCOUNT = 0.745;
    static final int ISSUES_PER_WEEK = 3;
    /** Real dates after this are the corpus's far-future anomalies (2029), reproduced as such. */
    static final LocalDate FUTURE_AFTER = LocalDate.of(2026, 12, 31);
    static final String ISSUE_BASE = "https://kghosh.substack.com/p/";
    static final String TOPIC_BASE = "https://futures.kghosh.me/analyses/topics/";

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    private CorpusGenerator() {
    }

    // ================================================================== command line

    public static void main(String[] args) {
        Path source = DEFAULT_SOURCE;
        Path out = null;
        int count = -1;
        long seed = 42;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--source" -> source = Path.of(value(args, ++i));
                    case "--out" -> out = Path.of(value(args, ++i));
                    case "--count" -> count = Integer.parseInt(value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "-h", "--help" -> {
                        System.out.println(usage());
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (out == null || count < 0) {
                throw new IllegalArgumentException("--out and --count are required");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        try {
            Summary summary = generate(source, out, count, seed);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Wrote %s into %s in %.2f s%n", summary, out, seconds);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static String usage() {
        return "usage: CorpusGenerator --out DIR --count N [--seed S (42)] [--source DIR (" + DEFAULT_SOURCE + ")]";
    }

    // ================================================================== entry point

    /**
     * Writes {@code count} seed files into {@code out}, which must be absent or empty.
     *
     * @throws IOException when the source holds no readable article or {@code out} is not empty
     */
    public static Summary generate(Path source, Path out, int count, long seed) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        checkOut(out);
        Material material = Material.read(source);
        Generator generator = new Generator(material, count, seed);
        generator.plan();
        Files.createDirectories(out);
        return generator.write(out);
    }

    private static void checkOut(Path out) throws IOException {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IOException("--out " + out + " exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("refusing to write into " + out + ": the folder is not empty");
                }
            }
        }
    }

    // ================================================================== raw material

    /** A real pipe table: its header, which columns are right-aligned, and its rows (cells trimmed). */
    record RawTable(List<String> header, List<Boolean> right, List<List<String>> rows) {
        String signature(String section) {
            return section + "|" + String.join("|", header);
        }
    }

    /** A real section, in document order: a list, a table, or text. */
    record RawSection(String name, List<String> items, RawTable table, String text) {
    }

    /** One real article, read only for its shape and its pieces. */
    static final class Real {
        final String id;
        char family;           // 'A' old, 'B' new, 'C' character-split
        String range;          // date-range key: A10, A5, B1, B2, C
        String title;
        String token;          // the issue token as written inside the brackets
        LocalDate date;        // its date, or null
        String externalUrl = "";
        String summary = "";
        List<String> keywords = List.of();
        List<String> themes = List.of();
        String closestPattern = "";   // S self, o other, ? empty item
        int sentences = 1;            // sentences in the summary (6 for the code dumps)
        final List<RawSection> sections = new ArrayList<>();

        Real(String id) {
            this.id = id;
        }
    }

    /** Everything read from the source folder, in sorted file order. */
    static final class Material {
        private static final Pattern HEAD = Pattern.compile(
                "^# __(.+?)__, (from \\(|\\(from page )\\[([^\\]]*)\\]\\(([^)]*)\\)\\.\\)\\s*$");
        private static final Pattern LINK_LINE = Pattern.compile("^__\\[External link\\]\\((.*)\\)__\\s*$");
        private static final Pattern CLOSEST_ITEM = Pattern.compile("^\\[(.*)\\]\\(([^)]*)\\)$");
        private static final Pattern FLOAT_TOKEN = Pattern.compile("^\\d+\\.\\d+$");
        private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"“‘'])");
        private static final Pattern PLAIN_WORD = Pattern.compile("^[a-z][a-z-]{3,}$");
        private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "into", "over", "that",
                "this", "their", "your", "about", "between", "through", "among", "across", "more", "less", "most",
                "than", "what", "when", "where", "which", "while", "other", "such", "very", "like", "also", "based");

        final List<Real> old = new ArrayList<>();
        final List<Real> fresh = new ArrayList<>();
        final List<Real> split = new ArrayList<>();
        final Set<String> realTitleKeys = new HashSet<>();
        /** Title halves of the old-format titles ('A'), the newer ones ('B', also for C) and all ('*'). */
        final Map<Character, TitleHalves> titleHalves = new HashMap<>();
        final List<String> urls = new ArrayList<>();
        final Map<Character, List<String>> firstSentences = new HashMap<>();
        final Map<Character, List<String>> laterSentences = new HashMap<>();
        final List<String> themeOccurrences = new ArrayList<>();
        final List<String> keywordOccurrences = new ArrayList<>();
        final List<String> qualifiers = new ArrayList<>();
        final List<String> headWords = new ArrayList<>();
        /** Real tables by section and header ({@code Signals|name|description|…}), in file order. */
        final Map<String, List<RawTable>> tables = new HashMap<>();
        final Map<String, List<String>> otherValues = new HashMap<>();
        final Map<String, LocalDate[]> ranges = new HashMap<>();

        static Material read(Path source) throws IOException {
            if (!Files.isDirectory(source)) {
                throw new IOException("source folder " + source + " does not exist");
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(source)) {
                files = s.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".md") || p.getFileName().toString().endsWith(".txt"))
                        .sorted()
                        .toList();
            }
            Material m = new Material();
            for (Path f : files) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.lastIndexOf('.'));
                Real real = parse(id, Files.readString(f, StandardCharsets.UTF_8));
                if (real != null) {
                    m.add(real);
                }
            }
            if (m.old.isEmpty() && m.fresh.isEmpty()) {
                throw new IOException("no article in the old or new seed format in " + source);
            }
            m.finish();
            return m;
        }

        /** Reads one real article, or null when its heading is in neither format. */
        static Real parse(String id, String text) {
            String[] lines = text.replace("\r\n", "\n").split("\n", -1);
            Matcher head = HEAD.matcher(lines[0]);
            if (!head.matches()) {
                return null;
            }
            Real r = new Real(id);
            r.title = head.group(1).strip();
            r.token = head.group(3);
            String trimmed = r.token.strip();
            if (head.group(2).startsWith("(from page")) {
                r.family = 'B';
            } else {
                r.family = FLOAT_TOKEN.matcher(trimmed).matches() ? 'C' : 'A';
            }
            if (trimmed.length() >= 8 && trimmed.substring(0, 8).chars().allMatch(Character::isDigit)) {
                try {
                    r.date = LocalDate.parse(trimmed.substring(0, 8), YYYYMMDD);
                } catch (RuntimeException e) {
                    r.date = null;
                }
            }
            String section = null;
            List<String> body = new ArrayList<>();
            for (int i = 1; i <= lines.length; i++) {
                String line = i < lines.length ? lines[i] : null;
                if (line == null || line.startsWith("## ")) {
                    if (section != null) {
                        addSection(r, section, body);
                    }
                    if (line != null) {
                        section = line.substring(3).strip();
                        body = new ArrayList<>();
                    }
                    continue;
                }
                if (section == null) {
                    Matcher link = LINK_LINE.matcher(line);
                    if (link.matches()) {
                        r.externalUrl = link.group(1).strip();
                    }
                } else {
                    body.add(line);
                }
            }
            if (r.family == 'A') {
                r.range = r.closestPattern.length() == 10 ? "A10" : "A5";
            } else if (r.family == 'B') {
                RawTable concerns = r.sections.stream().filter(s -> s.name().equals("Concerns") && s.table() != null)
                        .map(RawSection::table).findFirst().orElse(null);
                r.range = concerns != null && concerns.header().size() == 2 ? "B2" : "B1";
            } else {
                r.range = "C";
            }
            return r;
        }

        private static void addSection(Real r, String name, List<String> body) {
            List<String> tableLines = body.stream().filter(l -> l.startsWith("|")).toList();
            List<String> items = new ArrayList<>();
            for (String l : body) {
                if (l.equals("*") || l.startsWith("* ")) {
                    items.add(l.length() > 2 ? l.substring(2) : "");
                }
            }
            String text = String.join("\n", body).strip();
            if (tableLines.size() >= 2) {
                r.sections.add(new RawSection(name, List.of(), table(tableLines), ""));
                return;
            }
            r.sections.add(new RawSection(name, items, null, text));
            switch (name) {
                case "Summary" -> r.summary = text;
                case "Keywords" -> r.keywords = terms(items, r.family == 'C');
                case "Themes" -> r.themes = terms(items, r.family == 'C');
                case "Closest" -> {
                    StringBuilder p = new StringBuilder();
                    for (String item : items) {
                        Matcher m = CLOSEST_ITEM.matcher(item.strip());
                        p.append(!m.matches() ? '?' : m.group(2).strip().equals(r.id) ? 'S' : 'o');
                    }
                    r.closestPattern = p.toString();
                }
                default -> {
                }
            }
        }

        private static List<String> terms(List<String> items, boolean characterSplit) {
            List<String> out = new ArrayList<>();
            if (characterSplit) {
                StringBuilder joined = new StringBuilder();
                items.forEach(joined::append);
                for (String part : joined.toString().split(",")) {
                    if (!part.isBlank()) {
                        out.add(tidy(part));
                    }
                }
                return out;
            }
            for (String item : items) {
                String t = tidy(item);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }

        private static RawTable table(List<String> lines) {
            List<String> header = cells(lines.get(0));
            List<Boolean> right = new ArrayList<>();
            for (String c : cells(lines.get(1))) {
                right.add(c.endsWith(":") && !c.startsWith(":"));
            }
            List<List<String>> rows = new ArrayList<>();
            for (int i = 2; i < lines.size(); i++) {
                List<String> row = cells(lines.get(i));
                if (row.size() == header.size()) {
                    rows.add(row);
                }
            }
            return new RawTable(header, right, rows);
        }

        private static List<String> cells(String line) {
            String s = line.strip();
            if (s.startsWith("|")) {
                s = s.substring(1);
            }
            if (s.endsWith("|")) {
                s = s.substring(0, s.length() - 1);
            }
            List<String> cells = new ArrayList<>();
            for (String c : s.split("\\|", -1)) {
                cells.add(c.strip());
            }
            return cells;
        }

        private void add(Real r) {
            (r.family == 'A' ? old : r.family == 'B' ? fresh : split).add(r);
            titleHalves.computeIfAbsent(r.family == 'A' ? 'A' : 'B', k -> new TitleHalves()).add(r.title);
            titleHalves.computeIfAbsent('*', k -> new TitleHalves()).add(r.title);
            realTitleKeys.add(r.title.toLowerCase(Locale.ROOT));
            if (!r.externalUrl.isEmpty() && !r.externalUrl.startsWith(TOPIC_BASE)) {
                urls.add(r.externalUrl);
            }
            char sentenceFamily = r.family == 'A' ? 'A' : 'B';
            r.sentences = 6;
            if (!r.summary.isEmpty() && !r.summary.startsWith("import ")) {
                String[] sentences = SENTENCE_END.split(r.summary.replace('\n', ' '));
                r.sentences = Math.max(1, Math.min(14, sentences.length));
                for (int i = 0; i < sentences.length; i++) {
                    String s = sentences[i].strip();
                    if (s.isEmpty() || !Character.isLetterOrDigit(s.codePointAt(0)) && "\"“‘'".indexOf(s.charAt(0)) < 0) {
                        continue;
                    }
                    (i == 0 ? firstSentences : laterSentences).computeIfAbsent(sentenceFamily, k -> new ArrayList<>()).add(s);
                }
            }
            if (r.family != 'C') {
                themeOccurrences.addAll(r.themes);
                keywordOccurrences.addAll(r.keywords);
            }
            for (String term : concat(r.keywords, r.themes)) {
                String[] words = term.split(" ");
                if (words.length >= 2) {
                    if (PLAIN_WORD.matcher(words[0]).matches() && !STOP.contains(words[0])) {
                        qualifiers.add(words[0]);
                    }
                    String last = words[words.length - 1];
                    if (PLAIN_WORD.matcher(last).matches() && !STOP.contains(last)) {
                        headWords.add(last);
                    }
                }
            }
            for (RawSection s : r.sections) {
                if (s.table() != null) {
                    tables.computeIfAbsent(s.table().signature(s.name()), k -> new ArrayList<>()).add(s.table());
                } else if (s.name().equals("Other")) {
                    for (String item : s.items()) {
                        int colon = item.indexOf(':');
                        if (colon > 0) {
                            otherValues.computeIfAbsent(item.substring(0, colon).strip(), k -> new ArrayList<>())
                                    .add(item.substring(colon + 1).strip());
                        }
                    }
                }
            }
            if (r.date != null && !r.date.isAfter(FUTURE_AFTER) && r.family != 'C') {
                LocalDate[] range = ranges.computeIfAbsent(r.range, k -> new LocalDate[] {r.date, r.date});
                if (r.date.isBefore(range[0])) {
                    range[0] = r.date;
                }
                if (r.date.isAfter(range[1])) {
                    range[1] = r.date;
                }
            }
        }

        private void finish() {
            TitleHalves all = titleHalves.get('*');
            titleHalves.putIfAbsent('A', all);
            titleHalves.putIfAbsent('B', all);
            if (urls.isEmpty()) {
                urls.add("https://example.org/");
            }
            for (char f : new char[] {'A', 'B'}) {
                firstSentences.putIfAbsent(f, firstSentences.getOrDefault(f == 'A' ? 'B' : 'A', List.of("No summary.")));
                laterSentences.putIfAbsent(f, laterSentences.getOrDefault(f == 'A' ? 'B' : 'A', firstSentences.get(f)));
            }
            if (qualifiers.isEmpty()) {
                qualifiers.addAll(List.of("digital", "global", "future", "urban", "sustainable"));
            }
            if (headWords.isEmpty()) {
                headWords.addAll(List.of("policy", "ethics", "innovation", "systems", "trends"));
            }
            LocalDate from = LocalDate.of(2022, 1, 1);
            LocalDate to = LocalDate.of(2026, 6, 30);
            for (String key : List.of("A10", "A5", "B1", "B2", "C")) {
                ranges.putIfAbsent(key, new LocalDate[] {from, to});
            }
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        List<RawTable> tablesFor(String signature) {
            return tables.getOrDefault(signature, List.of());
        }
    }

    /**
     * Real titles cut in two: "Prefix: Suffix" at the colon, other titles at the connector word ("of",
     * "in", "for"…) nearest their middle ("The Uncertain Path" + "to Monetizing Generative AI").
     */
    static final class TitleHalves {
        private static final Set<String> CONNECTORS = Set.of("of", "in", "for", "and", "to", "with", "on", "from",
                "through", "by", "as", "at", "into", "amid", "across", "beyond", "versus", "vs.", "towards", "toward",
                "without", "within", "under", "over", "after", "between", "among", "against", "via");

        final List<String> plainTitles = new ArrayList<>();
        final List<String> prefixes = new ArrayList<>();
        final List<String> colonSuffixes = new ArrayList<>();
        final List<String> heads = new ArrayList<>();
        final List<String> tails = new ArrayList<>();

        void add(String title) {
            if (title.contains("[") || title.contains("]") || title.contains("__")) {
                return;
            }
            int colon = title.indexOf(": ");
            if (colon > 0) {
                prefixes.add(balanced(title.substring(0, colon)));
                colonSuffixes.add(balanced(title.substring(colon + 2)));
                return;
            }
            plainTitles.add(title);
            String[] words = title.split(" ");
            int best = -1;
            for (int k = 2; k <= words.length - 2; k++) {
                if (CONNECTORS.contains(words[k].toLowerCase(Locale.ROOT))
                        && (best < 0 || Math.abs(k - words.length / 2.0) < Math.abs(best - words.length / 2.0))) {
                    best = k;
                }
            }
            if (best > 0) {
                heads.add(balanced(String.join(" ", List.of(words).subList(0, best))));
                tails.add(balanced(String.join(" ", List.of(words).subList(best, words.length))));
            }
        }

        /**
         * A title from a first half of this pool and a second half of {@code second}: "Prefix: Suffix"
         * (40%), "Head tail" (50%) or a whole real title with a suffix (10%).
         */
        String recombine(Random r, TitleHalves second) {
            double kind = r.nextDouble();
            if (kind < 0.4 && !second.colonSuffixes.isEmpty() && prefixes.size() + heads.size() > 0) {
                int pick = r.nextInt(prefixes.size() + heads.size());
                String prefix = pick < prefixes.size() ? prefixes.get(pick) : heads.get(pick - prefixes.size());
                return prefix + ": " + pick(r, second.colonSuffixes);
            }
            if (kind < 0.9 && !heads.isEmpty() && !second.tails.isEmpty()) {
                return pick(r, heads) + " " + pick(r, second.tails);
            }
            if (!plainTitles.isEmpty() && !second.colonSuffixes.isEmpty()) {
                return pick(r, plainTitles) + ": " + pick(r, second.colonSuffixes);
            }
            if (!plainTitles.isEmpty()) {
                return pick(r, plainTitles) + " " + (2022 + r.nextInt(5));
            }
            return pick(r, prefixes) + ": " + pick(r, colonSuffixes);
        }

        private static String pick(Random r, List<String> list) {
            return list.get(r.nextInt(list.size()));
        }

        /** Removes straight double quotes from a title half that holds an odd number of them. */
        private static String balanced(String s) {
            long quotes = s.chars().filter(c -> c == '"').count();
            return (quotes % 2 == 1 ? s.replace("\"", "") : s).strip();
        }
    }

    // ================================================================== term urns

    /**
     * An urn of term occurrences seeded with the real ones (n0 occurrences of K0 distinct terms). The
     * n-th draw invents a new variant with probability {@code dK/dn} of the Heaps curve
     * {@code K(n) = K0·(n/n0)^discount} through the real corpus, otherwise repeats a random earlier
     * occurrence, so common terms stay common. Following the curve rather than the urn's own count keeps
     * the distinct totals close to the curve whatever the seed.
     */
    static final class TermUrn {
        private final double discount;
        private final List<String> urn;
        private final Set<String> keys = new HashSet<>();
        private final int realCount;
        private final double realOccurrences;
        private final double realDistinct;
        private final List<String> qualifiers;
        private final List<String> headWords;

        TermUrn(List<String> real, List<String> qualifiers, List<String> headWords, double discount) {
            this.discount = discount;
            this.urn = new ArrayList<>(real.size() * 16);
            this.qualifiers = qualifiers;
            this.headWords = headWords;
            for (String s : real) {
                urn.add(s);
                keys.add(key(s));
            }
            if (urn.isEmpty()) {
                for (String s : List.of("technology", "society", "future", "innovation", "sustainability")) {
                    urn.add(s);
                    keys.add(key(s));
                }
            }
            this.realCount = urn.size();
            this.realOccurrences = urn.size();
            this.realDistinct = keys.size();
        }

        /** The chance that the next draw is a new term: the slope of the Heaps curve at the urn's size. */
        private double inventChance() {
            double n = urn.size();
            return Math.min(1.0, discount * realDistinct / realOccurrences * Math.pow(n / realOccurrences, discount - 1));
        }

        /** Draws a term whose key is not in {@code taken}, adds the key to it, and records the occurrence. */
        String draw(Random r, Set<String> taken, boolean noComma) {
            for (int attempt = 0; attempt < 40; attempt++) {
                boolean invent = r.nextDouble() < inventChance();
                String s = invent ? invent(r) : urn.get(r.nextInt(urn.size()));
                if (s == null || noComma && s.indexOf(',') >= 0) {
                    continue;
                }
                String k = key(s);
                if (taken.add(k)) {
                    keys.add(k);
                    urn.add(s);
                    return s;
                }
            }
            // Practically unreachable: a long list exhausted the draws. Invent until something is new.
            for (int n = 0; ; n++) {
                String s = invent(r);
                if (s == null || noComma && s.indexOf(',') >= 0) {
                    s = qualifiers.get(r.nextInt(qualifiers.size())) + " " + headWords.get(r.nextInt(headWords.size()))
                            + " " + (keys.size() + n);
                }
                String k = key(s);
                if (!keys.contains(k) && taken.add(k)) {
                    keys.add(k);
                    urn.add(s);
                    return s;
                }
            }
        }

        /**
         * A new variant of a real term whose key is not yet known, or null after a few tries: its first word
         * replaced by a qualifier ("climate change" → "digital change"), its last word by a head word
         * ("climate policy"), a one-word term with either added, or two one-word terms joined by "and".
         * Bases are real terms only, so variants keep the real length distribution and never chain.
         */
        private String invent(Random r) {
            for (int attempt = 0; attempt < 20; attempt++) {
                String base = urn.get(r.nextInt(realCount));
                int space = base.indexOf(' ');
                int lastSpace = base.lastIndexOf(' ');
                double kind = r.nextDouble();
                String candidate;
                if (kind < 0.45) {
                    String q = qualifiers.get(r.nextInt(qualifiers.size()));
                    if (containsWord(base, q)) {
                        continue;
                    }
                    candidate = space < 0 ? q + " " + base : q + base.substring(space);
                } else if (kind < 0.9) {
                    String h = headWords.get(r.nextInt(headWords.size()));
                    if (containsWord(base, h)) {
                        continue;
                    }
                    candidate = lastSpace < 0 ? base + " " + h : base.substring(0, lastSpace + 1) + h;
                } else {
                    String other = urn.get(r.nextInt(realCount));
                    if (space >= 0 || other.indexOf(' ') >= 0 || key(other).equals(key(base))) {
                        continue;
                    }
                    candidate = base + " and " + other;
                }
                if (!keys.contains(key(candidate))) {
                    return candidate;
                }
            }
            return null;
        }

        private static int words(String s) {
            int n = 1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ' ') {
                    n++;
                }
            }
            return n;
        }

        private static boolean containsWord(String s, String word) {
            return (" " + s.toLowerCase(Locale.ROOT) + " ").contains(" " + word.toLowerCase(Locale.ROOT) + " ");
        }
    }

    /** The case-, width- and space-insensitive identity of a term, the way the site merges terms. */
    static String key(String spelling) {
        String s = Normalizer.normalize(spelling, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return tidy(s);
    }

    /** Strips and collapses runs of whitespace to one space. */
    static String tidy(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    // ================================================================== generation

    /** One planned article: its donor (shape) and the content decided in the first pass. */
    static final class Planned {
        final int index;
        final String id;
        final Real donor;
        String title;
        String token;
        String externalUrl;
        List<String> themes;
        List<String> keywords;

        Planned(int index, String id, Real donor) {
            this.index = index;
            this.id = id;
            this.donor = donor;
        }
    }

    static final class Generator {
        private final Material m;
        private final int count;
        private final long seed;
        private final Random random;
        private final TermUrn themes;
        private final TermUrn keywords;
        private final List<Planned> articles = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final Set<String> titleKeys = new HashSet<>();
        private final Map<String, List<Integer>> byTheme = new HashMap<>();
        private final List<LocalDate> issues = new ArrayList<>();
        private long missingCounter;

        Generator(Material material, int count, long seed) {
            this.m = material;
            this.count = count;
            this.seed = seed;
            this.random = new Random(seed);
            this.themes = new TermUrn(material.themeOccurrences, material.qualifiers, material.headWords, THEME_DISCOUNT);
            this.keywords = new TermUrn(material.keywordOccurrences, material.qualifiers, material.headWords, KEYWORD_DISCOUNT);
        }

        /** First pass: ids, formats, dates, titles and terms of every article. */
        void plan() {
            buildCalendar();
            for (int i = 0; i < count; i++) {
                String id = idFor(seed, i, 0);
                for (int salt = 1; !ids.add(id); salt++) {
                    id = idFor(seed, i, salt);
                }
                Planned p = new Planned(i, id, donor());
                p.title = title(p.donor.family);
                p.token = token(p.donor);
                boolean split = p.donor.family == 'C';
                p.themes = drawTerms(themes, p.donor.themes.size(), split);
                p.keywords = drawTerms(keywords, p.donor.keywords.size(), split);
                p.externalUrl = p.token.endsWith("-a-yearly-review")
                        ? topicUrl(p.themes) : m.urls.get(random.nextInt(m.urls.size()));
                for (String t : p.themes) {
                    byTheme.computeIfAbsent(key(t), k -> new ArrayList<>()).add(i);
                }
                articles.add(p);
            }
        }

        /** Second pass: renders and writes every article in index order. */
        Summary write(Path out) throws IOException {
            Set<String> themeKeys = new HashSet<>();
            Set<String> keywordKeys = new HashSet<>();
            long bytes = 0;
            int a = 0;
            int b = 0;
            int c = 0;
            // One builder and one buffer for every article: allocating fresh memory is what costs most here.
            StringBuilder text = new StringBuilder(1 << 16);
            CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 17);
            for (Planned p : articles) {
                text.setLength(0);
                render(p, text);
                int need = (int) Math.ceil(text.length() * (double) utf8.maxBytesPerChar());
                if (buffer.capacity() < need) {
                    buffer = ByteBuffer.allocate(need);
                }
                buffer.clear();
                utf8.reset();
                CoderResult result = utf8.encode(CharBuffer.wrap(text), buffer, true);
                if (!result.isUnderflow()) {
                    result.throwException();
                }
                utf8.flush(buffer);
                buffer.flip();
                bytes += buffer.remaining();
                try (FileChannel channel = FileChannel.open(out.resolve(p.id + ".md"),
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
                p.themes.forEach(t -> themeKeys.add(key(t)));
                p.keywords.forEach(k -> keywordKeys.add(key(k)));
                switch (p.donor.family) {
                    case 'A' -> a++;
                    case 'B' -> b++;
                    default -> c++;
                }
            }
            return new Summary(articles.size(), themeKeys.size(), keywordKeys.size(), bytes, a, b, c);
        }

        // ------------------------------------------------------------ first-pass pieces

        private Real donor() {
            double f = random.nextDouble();
            List<Real> pool = f < OLD_SHARE ? m.old : f < OLD_SHARE + NEW_SHARE ? m.fresh : m.split;
            if (pool.isEmpty()) {
                pool = m.old.isEmpty() ? m.fresh : m.old;
            }
            return pool.get(random.nextInt(pool.size()));
        }

        private void buildCalendar() {
            LocalDate from = null;
            LocalDate to = null;
            for (String k : List.of("A10", "A5", "B1", "B2")) {
                LocalDate[] r = m.ranges.get(k);
                from = from == null || r[0].isBefore(from) ? r[0] : from;
                to = to == null || r[1].isAfter(to) ? r[1] : to;
            }
            Random calendar = new Random(seed ^ 0x5DEECE66DL);
            List<Integer> days = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
            for (LocalDate week = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                 !week.isAfter(to); week = week.plusWeeks(1)) {
                Collections.shuffle(days, calendar);
                List<Integer> chosen = new ArrayList<>(days.subList(0, ISSUES_PER_WEEK));
                Collections.sort(chosen);
                for (int d : chosen) {
                    LocalDate day = week.plusDays(d);
                    if (!day.isBefore(from) && !day.isAfter(to)) {
                        issues.add(day);
                    }
                }
            }
            // The range ends are real issue dates; make sure each range has at least its end points.
            for (String k : List.of("A10", "A5", "B1", "B2")) {
                for (LocalDate d : m.ranges.get(k)) {
                    int at = Collections.binarySearch(issues, d);
                    if (at < 0) {
                        issues.add(-at - 1, d);
                    }
                }
            }
        }

        private LocalDate issueDate(String range) {
            LocalDate[] r = m.ranges.get(range);
            int lo = lowerBound(r[0]);
            int hi = lowerBound(r[1].plusDays(1));
            return hi > lo ? issues.get(lo + random.nextInt(hi - lo)) : r[0];
        }

        private int lowerBound(LocalDate d) {
            int at = Collections.binarySearch(issues, d);
            return at >= 0 ? at : -at - 1;
        }

        /** The issue token, in the donor's style. */
        private String token(Real donor) {
            if (donor.family == 'C') {
                return (1000 + random.nextInt(21000)) + ".0";
            }
            LocalDate date = issueDate(donor.range);
            if (donor.date != null && donor.date.isAfter(FUTURE_AFTER)) {
                date = date.withYear(donor.date.getYear());
            }
            String raw = donor.token;
            String trimmed = raw.strip();
            if (trimmed.endsWith("-a-yearly-review")) {
                return (date.getYear() - 1) + "1231-a-yearly-review"; // the review of the year before
            }
            String day = date.format(YYYYMMDD);
            if (trimmed.length() == 9 && trimmed.endsWith("d")) {
                return day + "d";
            }
            return raw.endsWith(" ") ? day + " " : day;
        }

        /** A recombined title in the style of {@code family}, not a real title and, if possible, not used yet. */
        private String title(char family) {
            TitleHalves own = m.titleHalves.get(family == 'A' ? 'A' : 'B');
            String t = null;
            for (int attempt = 0; attempt < 40; attempt++) {
                TitleHalves second = random.nextDouble() < 0.8 ? own : m.titleHalves.get('*');
                t = own.recombine(random, second);
                String k = t.toLowerCase(Locale.ROOT);
                if (!m.realTitleKeys.contains(k) && !titleKeys.contains(k)) {
                    break;
                }
            }
            titleKeys.add(t.toLowerCase(Locale.ROOT));
            return t;
        }

        private List<String> drawTerms(TermUrn urn, int n, boolean noComma) {
            List<String> out = new ArrayList<>(n);
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < n; i++) {
                out.add(urn.draw(random, taken, noComma));
            }
            return out;
        }

        private String topicUrl(List<String> themes) {
            StringBuilder slug = new StringBuilder();
            String first = themes.isEmpty() ? "topic" : themes.get(0).toLowerCase(Locale.ROOT);
            first.chars().filter(ch -> ch < 128 && Character.isLetterOrDigit(ch)).forEach(ch -> slug.append((char) ch));
            String s = slug.length() == 0 ? "topic" : slug.toString();
            return TOPIC_BASE + s + "/" + s + ".html";
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        // ------------------------------------------------------------ rendering

        /** Appends the seed text of {@code p} to {@code sb}. */
        private void render(Planned p, StringBuilder sb) {
            Real d = p.donor;
            sb.append("# __").append(p.title).append("__, ");
            sb.append(d.family == 'B' ? "(from page [" : "from ([").append(p.token).append("](")
                    .append(ISSUE_BASE).append(p.token).append(").)");
            sb.append("\n\n__[External link](").append(p.externalUrl).append(")__\n\n\n");
            for (RawSection s : d.sections) {
                int mark = sb.length();
                sb.append("\n## ").append(s.name()).append("\n\n");
                boolean written = switch (s.name()) {
                    case "Summary" -> summary(sb, d);
                    case "Keywords" -> d.family == 'C' ? characterSplit(sb, p.keywords) : list(sb, p.keywords);
                    case "Themes" -> d.family == 'C' ? characterSplit(sb, p.themes) : list(sb, p.themes);
                    case "Other" -> other(sb, s.items());
                    case "Closest" -> closest(sb, p);
                    default -> s.table() != null && table(sb, s, p.id);
                };
                if (written) {
                    sb.append('\n');
                } else {
                    sb.setLength(mark);
                }
            }
            sb.setLength(sb.length() - 1); // no final newline, as in every real seed
        }

        private boolean summary(StringBuilder sb, Real donor) {
            char f = donor.family == 'A' ? 'A' : 'B';
            sb.append(pick(m.firstSentences.get(f)));
            List<String> later = m.laterSentences.get(f);
            for (int i = 1; i < donor.sentences; i++) {
                sb.append(' ').append(pick(later));
            }
            return true;
        }

        private static boolean list(StringBuilder sb, List<String> terms) {
            for (int i = 0; i < terms.size(); i++) {
                sb.append(i == 0 ? "* " : "\n* ").append(terms.get(i));
            }
            return true;
        }

        /** Variant C: the comma-joined list written one code point per item. */
        private boolean characterSplit(StringBuilder sb, List<String> terms) {
            String joined = String.join(random.nextDouble() < 0.2 ? "," : ", ", terms);
            for (int i = 0; i < joined.length(); i = joined.offsetByCodePoints(i, 1)) {
                sb.append(i == 0 ? "* " : "\n* ").appendCodePoint(joined.codePointAt(i));
            }
            return true;
        }

        private boolean other(StringBuilder sb, List<String> donorItems) {
            for (int i = 0; i < donorItems.size(); i++) {
                String item = donorItems.get(i);
                int colon = item.indexOf(':');
                sb.append(i == 0 ? "* " : "\n* ");
                if (colon > 0) {
                    String name = item.substring(0, colon).strip();
                    sb.append(name).append(": ").append(pick(m.otherValues.get(name)));
                } else {
                    sb.append(item);
                }
            }
            return !donorItems.isEmpty();
        }

        private boolean closest(StringBuilder sb, Planned p) {
            String pattern = p.donor.closestPattern;
            Set<Integer> used = new HashSet<>();
            for (int i = 0; i < pattern.length(); i++) {
                sb.append(i == 0 ? "* " : "\n* ");
                char c = pattern.charAt(i);
                if (c == 'S') {
                    sb.append('[').append(p.title).append("](").append(p.id).append(')');
                } else if (c == 'o') {
                    Planned target = random.nextDouble() < RESOLVED_SHARE ? target(p, used) : null;
                    if (target == null) {
                        sb.append('[').append(title('A')).append("](").append(missingId()).append(')');
                    } else {
                        String text = target.title;
                        if (random.nextDouble() < LINK_TEXT_DIFFERS) {
                            int colon = text.indexOf(": ");
                            text = colon > 0 ? text.substring(0, colon) : title(target.donor.family);
                        }
                        sb.append('[').append(text).append("](").append(target.id).append(')');
                    }
                } // '?': the real empty item, "* " with its trailing space
            }
            return !pattern.isEmpty();
        }

        /** A generated article other than {@code p} not yet in its list, often one sharing a theme. */
        private Planned target(Planned p, Set<Integer> used) {
            if (articles.size() < 2) {
                return null;
            }
            for (int attempt = 0; attempt < 20; attempt++) {
                int candidate;
                if (random.nextDouble() < SAME_THEME_SHARE && !p.themes.isEmpty()) {
                    List<Integer> sharing = byTheme.get(key(pick(p.themes)));
                    candidate = sharing.get(random.nextInt(sharing.size()));
                } else {
                    candidate = random.nextInt(articles.size());
                }
                if (candidate != p.index && used.add(candidate)) {
                    return articles.get(candidate);
                }
            }
            return null;
        }

        private String missingId() {
            String id;
            do {
                id = idFor(seed, missingCounter++, -1);
            } while (ids.contains(id));
            return id;
        }

        /**
         * A table of the donor's section, columns and row count. Its rows come from a few real tables of the
         * same kind (at least twice as many rows as needed), so that cell widths, and so the padding, stay
         * close to a real table's.
         */
        private boolean table(StringBuilder sb, RawSection s, String ownId) {
            RawTable shape = s.table();
            int n = shape.rows().size();
            boolean sourced = shape.header().equals(List.of("description", "relevancy", "src"));
            // The one real table of that shape lists its own article's id in the src column.
            List<RawTable> kinds = sourced ? m.tablesFor(s.name() + "|name|description|relevancy")
                    : m.tablesFor(shape.signature(s.name()));
            List<List<String>> pool = new ArrayList<>();
            Set<Integer> taken = new HashSet<>();
            for (int attempt = 0; attempt < 12 && pool.size() < 2 * n && taken.size() < kinds.size(); attempt++) {
                int t = random.nextInt(kinds.size());
                if (taken.add(t)) {
                    pool.addAll(kinds.get(t).rows());
                }
            }
            if (pool.isEmpty()) {
                pool.addAll(shape.rows());
                sourced = false;
            }
            List<List<String>> chosen = sample(pool, n);
            if (sourced) {
                chosen = chosen.stream().map(row -> List.of(row.get(1), row.get(2), ownId)).toList();
            }
            pipeTable(sb, shape.header(), shape.right(), chosen);
            return true;
        }

        /** {@code n} distinct rows of {@code pool} (all of them, shuffled, when it is smaller). */
        private List<List<String>> sample(List<List<String>> pool, int n) {
            int size = pool.size();
            int k = Math.min(n, size);
            List<List<String>> out = new ArrayList<>(k);
            if (k * 4 < size) {
                Set<Integer> seen = new HashSet<>();
                while (out.size() < k) {
                    int i = random.nextInt(size);
                    if (seen.add(i)) {
                        out.add(pool.get(i));
                    }
                }
            } else {
                List<Integer> order = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, random);
                for (int i = 0; i < k; i++) {
                    out.add(pool.get(order.get(i)));
                }
            }
            return out;
        }
    }

    /**
     * A pipe table laid out the way the real seeds are (Python tabulate's "pipe" format): each column as
     * wide as its widest cell and at least its header plus two, widths counted in code points, one space
     * of padding, {@code :---} for left and {@code ---:} for right-aligned columns.
     */
    static void pipeTable(StringBuilder sb, List<String> header, List<Boolean> right, List<List<String>> rows) {
        int cols = header.size();
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) {
            width[c] = length(header.get(c)) + 2;
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], length(row.get(c)));
            }
        }
        row(sb, header, right, width);
        sb.append("\n|");
        for (int c = 0; c < cols; c++) {
            if (!right.get(c)) {
                sb.append(':');
            }
            repeat(sb, '-', width[c] + 1);
            sb.append(right.get(c) ? ":|" : "|");
        }
        for (List<String> row : rows) {
            sb.append('\n');
            row(sb, row, right, width);
        }
    }

    private static void row(StringBuilder sb, List<String> cells, List<Boolean> right, int[] width) {
        sb.append('|');
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            int pad = width[c] - length(cell);
            sb.append(' ');
            if (right.get(c)) {
                repeat(sb, ' ', pad);
                sb.append(cell);
            } else {
                sb.append(cell);
                repeat(sb, ' ', pad);
            }
            sb.append(" |");
        }
    }

    private static void repeat(StringBuilder sb, char c, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** 32 lowercase hex characters from the seed, the index and a salt (SplitMix64). */
    static String idFor(long seed, long index, long salt) {
        long a = mix(seed * 0x9E3779B97F4A7C15L + mix(index + 0x632BE59BD9B4E019L * (salt + 1)));
        long b = mix(a ^ 0xD1B54A32D192ED03L);
        return hex(a) + hex(b);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String hex(long v) {
        String h = Long.toHexString(v);
        return "0".repeat(16 - h.length()) + h;
    }
}
