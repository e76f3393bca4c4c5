package org.foresite.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foresite.diag.Diagnostic;
import org.foresite.model.Article;
import org.foresite.model.Block;
import org.foresite.model.ClosestRef;
import org.foresite.model.Origin;
import org.foresite.model.Property;
import org.foresite.model.Section;
import org.foresite.model.Signal;
import org.foresite.model.TermKey;

/**
 * Turns the text of one seed into an {@link Article}. Never throws on content: whatever cannot be
 * read as written becomes a diagnostic naming the line, and the article keeps what could be read.
 */
public final class ArticleParser {
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}(?:[*+-]|\\d{1,9}[.)])(?:[ \\t](.*))?$");
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://");
    /** The whole-line form every seed uses; greedy, because real URLs hold unbalanced parentheses. */
    private static final Pattern EXTERNAL_LINK_LINE = Pattern.compile("(?i)^\\s*__\\[\\s*external\\s+link\\s*\\]\\((.*)\\)__\\s*$");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("(?i)\\[\\s*external\\s+link\\s*\\]\\(((?:[^()]|\\([^()]*\\))*)\\)");

    /** Sections whose content becomes article fields rather than a rendered section. */
    private enum Known {
        SUMMARY, KEYWORDS, THEMES, OTHER, CLOSEST;

        static Optional<Known> named(String heading) {
            String name = Heading.sectionKey(heading);
            for (Known k : values()) {
                if (k.name().equals(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        String title() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    public ParsedArticle parse(String id, String file, String text) {
        return new Run(id, file).parse(text);
    }

    /** The state of one parse; a fresh one per seed keeps the parser itself stateless and thread-safe. */
    private static final class Run {
        private final String id;
        private final String file;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        private String title;
        private Origin origin;
        private String externalUrl = "";
        private int externalLinkLine;
        private final List<String> summary = new ArrayList<>();
        private final Map<String, String> keywords = new LinkedHashMap<>();
        private final Map<String, String> themes = new LinkedHashMap<>();
        private final List<Property> other = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<ClosestRef> closest = new ArrayList<>();
        private final Map<Known, Integer> seen = new LinkedHashMap<>();

        Run(String id, String file) {
            this.id = id;
            this.file = file;
        }

        ParsedArticle parse(String text) {
            List<Line> lines = lines(text);
            int i = readPreamble(lines);
            while (i < lines.size()) {
                Line headingLine = lines.get(i);
                String name = Heading.of(headingLine.text()).map(Heading::text).orElse("");
                int end = i + 1;
                while (end < lines.size() && !isSectionHeading(lines.get(end))) {
                    end++;
                }
                readSection(name, headingLine.number(), lines.subList(i + 1, end));
                i = end;
            }
            if (title == null || title.isBlank()) {
                diagnostics.add(Diagnostic.warning(file, 1,
                        "no title heading ('# __Title__, from ([YYYYMMDD](url).)'); published under its file name"));
                title = id;
            }
            List<Signal> signals = new ArrayList<>();
            for (Section s : sections) {
                if (s.isNamed("signals")) {
                    s.table().ifPresent(t -> signals.addAll(SignalColumns.signals(t)));
                }
            }
            Article article = new Article(id, file, title, origin, externalUrl, String.join("\n", trimBlank(summary)),
                    List.copyOf(keywords.values()), List.copyOf(themes.values()), other, sections, signals, closest);
            return new ParsedArticle(article, diagnostics);
        }

        private static List<Line> lines(String text) {
            return Blocks.lines(text);
        }

        private static boolean isSectionHeading(Line line) {
            return Heading.of(line.text()).filter(h -> h.level() == 2).isPresent();
        }

        /** Reads the title heading and external link before the first section; returns that section's index. */
        private int readPreamble(List<Line> lines) {
            List<Line> stray = new ArrayList<>();
            int i = 0;
            for (; i < lines.size() && !isSectionHeading(lines.get(i)); i++) {
                Line line = lines.get(i);
                Optional<Heading> heading = Heading.of(line.text());
                Matcher link = EXTERNAL_LINK_LINE.matcher(line.text());
                if (!link.matches()) {
                    link = EXTERNAL_LINK.matcher(line.text());
                }
                if (title == null && heading.isPresent() && heading.get().level() == 1) {
                    readTitle(heading.get().text(), line.number());
                } else if (externalUrl.isEmpty() && link.find(0)) {
                    externalUrl = link.group(1).strip();
                    externalLinkLine = line.number();
                } else if (!line.isBlank()) {
                    stray.add(line);
                }
            }
            if (title != null && externalUrl.isEmpty()) {
                diagnostics.add(Diagnostic.warning(file, 1, "no external link ('__[External link](url)__') under the title"));
            } else if (!externalUrl.isEmpty() && !WEB_URL.matcher(externalUrl).lookingAt()) {
                diagnostics.add(Diagnostic.warning(file, externalLinkLine,
                        "external link '" + externalUrl + "' is not an http(s) URL; it is shown as text, not linked"));
            }
            if (!stray.isEmpty()) {
                diagnostics.add(Diagnostic.note(file, stray.get(0).number(),
                        "text before the first section is kept as an untitled section"));
                sections.add(new Section("", stray.get(0).number(), blocks(stray)));
            }
            return i;
        }

        private void readTitle(String headingText, int line) {
            TitleLine.Result result = TitleLine.read(headingText);
            title = result.title();
            if (result.hasOrigin()) {
                origin = new Origin(result.issue(), result.date(), result.url());
            }
            if (!result.originProblem().isEmpty()) {
                diagnostics.add(Diagnostic.warning(file, line, result.originProblem()));
            }
        }

        private void readSection(String name, int line, List<Line> body) {
            Optional<Known> known = Known.named(name);
            if (known.isEmpty()) {
                List<Block> blocks = blocks(body);
                if (blocks.isEmpty()) {
                    diagnostics.add(Diagnostic.note(file, line, "section '" + name + "' is empty"));
                    return;
                }
                sections.add(new Section(name, line, blocks));
                return;
            }
            Known kind = known.get();
            Integer first = seen.putIfAbsent(kind, line);
            if (first != null) {
                diagnostics.add(Diagnostic.warning(file, line, "second " + kind.title()
                        + " section (the first is on line " + first + "); its content is added to the first"));
            }
            switch (kind) {
                case SUMMARY -> {
                    if (!summary.isEmpty()) {
                        summary.add("");
                    }
                    body.forEach(l -> summary.add(l.text()));
                }
                case KEYWORDS -> terms(kind, body, keywords);
                case THEMES -> terms(kind, body, themes);
                case OTHER -> listItems(kind, body).forEach(item -> other.add(property(item.text())));
                case CLOSEST -> closest(body);
            }
        }

        private void terms(Known kind, List<Line> body, Map<String, String> into) {
            List<Line> items = listItems(kind, body);
            items = rejoinCharacterSplit(kind, items);
            for (Line item : items) {
                String spelling = TermKey.tidy(item.text());
                if (spelling.isEmpty()) {
                    diagnostics.add(Diagnostic.note(file, item.number(), "empty " + kind.title() + " entry ignored"));
                    continue;
                }
                if (into.putIfAbsent(TermKey.of(spelling), spelling) != null) {
                    diagnostics.add(Diagnostic.note(file, item.number(),
                            "repeated " + kind.title() + " entry '" + spelling + "' ignored"));
                }
            }
        }

        /**
         * Some generated seeds list a term list one character per item ({@code * d}, {@code * a}, …);
         * joined back together they are the comma-separated list that was meant.
         */
        private List<Line> rejoinCharacterSplit(Known kind, List<Line> items) {
            if (items.size() < 3 || !items.stream().allMatch(l -> l.text().codePointCount(0, l.text().length()) <= 1)) {
                return items;
            }
            StringBuilder joined = new StringBuilder();
            items.forEach(l -> joined.append(l.text()));
            int line = items.get(0).number();
            List<Line> rejoined = new ArrayList<>();
            for (String part : joined.toString().split(",")) {
                if (!part.isBlank()) {
                    rejoined.add(new Line(line, part));
                }
            }
            diagnostics.add(Diagnostic.warning(file, line, kind.title() + " is written one character per item; "
                    + "rejoined into " + rejoined.size() + (rejoined.size() == 1 ? " entry" : " entries") + " split at commas"));
            return rejoined;
        }

        private void closest(List<Line> body) {
            for (Line item : listItems(Known.CLOSEST, body)) {
                String text = item.text().strip();
                if (text.isEmpty()) {
                    diagnostics.add(Diagnostic.note(file, item.number(), "empty Closest entry ignored"));
                    continue;
                }
                int split = text.lastIndexOf("](");
                if (text.startsWith("[") && split > 0 && text.endsWith(")")) {
                    closest.add(new ClosestRef(text.substring(1, split).strip(),
                            text.substring(split + 2, text.length() - 1).strip(), item.number()));
                } else {
                    diagnostics.add(Diagnostic.warning(file, item.number(),
                            "Closest entry is not a link '[title](id)'; shown as plain text"));
                    closest.add(new ClosestRef(text, "", item.number()));
                }
            }
        }

        private static Property property(String item) {
            int colon = item.indexOf(':');
            return colon < 0 ? new Property("", item.strip())
                    : new Property(item.substring(0, colon).strip(), item.substring(colon + 1).strip());
        }

        /**
         * The items of a list section, their text unstripped (a character-split list has a one-space item).
         * A list written as plain text is read as a comma-separated list.
         */
        private List<Line> listItems(Known kind, List<Line> body) {
            List<Line> items = new ArrayList<>();
            List<Line> prose = new ArrayList<>();
            for (Line line : body) {
                Matcher m = LIST_ITEM.matcher(line.text());
                if (m.matches()) {
                    items.add(new Line(line.number(), m.group(1) == null ? "" : m.group(1)));
                } else if (!line.isBlank()) {
                    prose.add(line);
                }
            }
            for (Line line : prose) {
                if (kind == Known.KEYWORDS || kind == Known.THEMES) {
                    diagnostics.add(Diagnostic.warning(file, line.number(), kind.title()
                            + " line is not a list item ('* entry'); read as comma-separated entries"));
                    for (String part : line.text().split("[,;]")) {
                        items.add(new Line(line.number(), part));
                    }
                } else {
                    diagnostics.add(Diagnostic.warning(file, line.number(), kind.title()
                            + " line is not a list item ('* entry'); read as one entry"));
                    items.add(line);
                }
            }
            items.sort((a, b) -> Integer.compare(a.number(), b.number()));
            return items;
        }

        private List<Block> blocks(List<Line> body) {
            return Blocks.of(body, file, diagnostics);
        }

        private static List<String> trimBlank(List<String> lines) {
            return Blocks.trimBlank(lines);
        }
    }
}
