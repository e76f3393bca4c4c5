package org.foresite.model;

import java.util.List;

/**
 * A topic analysis: a synthesis of one topic across many articles, with its signals and concerns, card images and
 * the articles it draws on.
 *
 * @param id         names the topic's page: its file name without extension, unique across the seeds folder
 * @param sourceFile the file, relative to the seeds folder, as messages name it
 * @param name       the topic, from its {@code # *Topic*: Name} heading
 * @param summary    the synthesis, Markdown
 * @param signals    the table of the topic's signals (its {@code Seeds} section), or null when it has none
 * @param concerns   the table of its concerns, or null when it has none
 * @param cards      the card images, in order
 * @param links      the articles it draws on, in order, as written
 * @param sections   any other section, kept as written
 */
public record Topic(String id, String sourceFile, String name, String summary, Table signals, Table concerns,
        List<Card> cards, List<Link> links, List<Section> sections) {

    public Topic {
        cards = List.copyOf(cards);
        links = List.copyOf(links);
        sections = List.copyOf(sections);
    }

    /**
     * A card image.
     *
     * @param heading the card's heading (e.g. {@code Concerns})
     * @param alt     the image's alternative text
     * @param source  the image as written, relative to the topic's file
     * @param file    the image file relative to the seeds folder, or null when it is not a file beside the topic
     * @param line    the line of the image in the topic's file
     */
    public record Card(String heading, String alt, String source, String file, int line) {
        public Card withFile(String found) {
            return new Card(heading, alt, source, found, line);
        }
    }

    /**
     * A link to an article the topic draws on.
     *
     * @param title the link text
     * @param url   the link target as written: usually the published article's absolute URL
     * @param line  its line in the topic's file
     */
    public record Link(String title, String url, int line) {
    }

    public Topic withCards(List<Card> resolved) {
        return new Topic(id, sourceFile, name, summary, signals, concerns, resolved, links, sections);
    }
}
