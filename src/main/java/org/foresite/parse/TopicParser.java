package org.foresite.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foresite.diag.Diagnostic;
import org.foresite.model.Block;
import org.foresite.model.Section;
import org.foresite.model.Table;
import org.foresite.model.Topic;

/**
 * Turns the text of a topic analysis into a {@link Topic}. Its sections are level-1 headings after the
 * {@code # *Topic*: Name} line: {@code Summary}, {@code Seeds} (the signals table), {@code Concerns}, {@code Cards}
 * ({@code ##} headings over one image each) and {@code Links} (a list of links to articles). Like the article parser
 * it never throws on content: what cannot be read as written becomes a diagnostic naming the line, and what is not
 * one of the known sections is kept as a section of its own.
 */
public final class TopicParser {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}[*+-][ \\t]+(.*)$");
    private static final Pattern LINK = Pattern.compile("^\\[(.*)\\]\\(\\s*<?([^\\s>]*)>?\\s*\\)$");

    private enum Known {
        SUMMARY, SEEDS, CONCERNS, CARDS, LINKS;

        static Optional<Known> named(String heading) {
            String name = Heading.sectionKey(heading);
            if (name.equals("SIGNALS")) {
                return Optional.of(SEEDS);
            }
            for (Known k : values()) {
                if (k.name().equals(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public ParsedTopic parse(String id, String file, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Line> lines = Blocks.lines(text);
        String name = null;
        int i = 0;
        List<Line> before = new ArrayList<>();
        for (; i < lines.size(); i++) {
            Optional<Heading> heading = Heading.of(lines.get(i).text()).filter(h -> h.level() == 1);
            if (heading.isPresent() && name == null) {
                name = SeedKind.topicName(heading.get().text()).orElse(heading.get().text());
            } else if (heading.isPresent()) {
                break;
            } else if (!lines.get(i).isBlank()) {
                before.add(lines.get(i));
            }
        }
        if (name == null || name.isBlank()) {
            diagnostics.add(Diagnostic.warning(file, 1, "no topic heading ('# *Topic*: Name'); published under its file name"));
            name = id;
        }
        List<Section> sections = new ArrayList<>();
        if (!before.isEmpty()) {
            diagnostics.add(Diagnostic.note(file, before.get(0).number(),
                    "text before the first section is kept as an untitled section"));
            sections.add(new Section("", before.get(0).number(), Blocks.of(before, file, diagnostics)));
        }
        List<String> summary = new ArrayList<>();
        Table signals = null;
        Table concerns = null;
        List<Topic.Card> cards = new ArrayList<>();
        List<Topic.Link> links = new ArrayList<>();
        Map<Known, Integer> seen = new LinkedHashMap<>();
        while (i < lines.size()) {
            Line headingLine = lines.get(i);
            String sectionName = Heading.of(headingLine.text()).map(Heading::text).orElse("");
            int end = i + 1;
            while (end < lines.size() && Heading.of(lines.get(end).text()).filter(h -> h.level() == 1).isEmpty()) {
                end++;
            }
            List<Line> body = lines.subList(i + 1, end);
            i = end;
            Optional<Known> known = Known.named(sectionName);
            Integer first = known.map(k -> seen.putIfAbsent(k, headingLine.number())).orElse(null);
            if (known.isEmpty() || first != null) {
                if (first != null) {
                    diagnostics.add(Diagnostic.warning(file, headingLine.number(), "second " + sectionName
                            + " section (the first is on line " + first + "); kept as a section of its own"));
                }
                List<Block> blocks = Blocks.of(body, file, diagnostics);
                if (blocks.isEmpty()) {
                    diagnostics.add(Diagnostic.note(file, headingLine.number(), "section '" + sectionName + "' is empty"));
                } else {
                    sections.add(new Section(sectionName, headingLine.number(), blocks));
                }
                continue;
            }
            switch (known.get()) {
                case SUMMARY -> body.forEach(l -> summary.add(l.text()));
                case SEEDS -> signals = table(sectionName, headingLine, body, file, diagnostics, sections);
                case CONCERNS -> concerns = table(sectionName, headingLine, body, file, diagnostics, sections);
                case CARDS -> cards(body, file, diagnostics, cards);
                case LINKS -> links(body, file, diagnostics, links);
            }
        }
        Topic topic = new Topic(id, file, name, String.join("\n", Blocks.trimBlank(summary)), signals, concerns, cards,
                links, sections);
        return new ParsedTopic(topic, diagnostics);
    }

    /** The section's table; anything else in it is kept as a section of its own. */
    private static Table table(String name, Line heading, List<Line> body, String file, List<Diagnostic> diagnostics,
            List<Section> sections) {
        List<Block> blocks = Blocks.of(body, file, diagnostics);
        Table table = blocks.stream().filter(Block.TableBlock.class::isInstance)
                .map(b -> ((Block.TableBlock) b).table()).findFirst().orElse(null);
        List<Block> rest = new ArrayList<>(blocks);
        rest.removeIf(b -> b instanceof Block.TableBlock t && t.table() == table);
        if (table == null) {
            diagnostics.add(Diagnostic.warning(file, heading.number(), "section '" + name + "' has no table"));
        }
        if (!rest.isEmpty()) {
            sections.add(new Section(name, heading.number(), rest));
        }
        return table;
    }

    private static void cards(List<Line> body, String file, List<Diagnostic> diagnostics, List<Topic.Card> cards) {
        String heading = "";
        for (Line line : body) {
            Optional<Heading> h = Heading.of(line.text());
            if (h.isPresent()) {
                heading = h.get().text();
                continue;
            }
            Matcher image = IMAGE.matcher(line.text());
            boolean any = false;
            while (image.find()) {
                any = true;
                String alt = image.group(1).strip();
                cards.add(new Topic.Card(heading.isEmpty() ? alt : heading, alt, image.group(2), null, line.number()));
            }
            if (!any && !line.isBlank()) {
                diagnostics.add(Diagnostic.warning(file, line.number(), "Cards line is not an image ('![alt](file.png)'); left out"));
            }
        }
    }

    private static void links(List<Line> body, String file, List<Diagnostic> diagnostics, List<Topic.Link> links) {
        for (Line line : body) {
            if (line.isBlank()) {
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line.text());
            String text = item.matches() ? item.group(1).strip() : line.text().strip();
            Matcher link = LINK.matcher(text);
            if (link.matches() && !link.group(2).isEmpty()) {
                links.add(new Topic.Link(link.group(1).strip(), link.group(2), line.number()));
            } else {
                diagnostics.add(Diagnostic.warning(file, line.number(), "Links entry is not a link '* [title](url)'; shown as plain text"));
                links.add(new Topic.Link(text, "", line.number()));
            }
        }
    }
}
