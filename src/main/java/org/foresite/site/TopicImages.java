package org.foresite.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.foresite.diag.Diagnostic;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.LinkedTopic;
import org.foresite.link.UrlScheme;
import org.foresite.model.Topic;

/**
 * Finds the card images of a topic analysis: files beside the topic (or below the seeds folder), which the site
 * copies beside the topic's page. An image that is not such a file is shown by its alternative text, with a warning.
 */
final class TopicImages {
    private TopicImages() {
    }

    static Topic resolve(Topic topic, Path seedsFolder, List<Diagnostic> diagnostics) {
        Path root = seedsFolder.toAbsolutePath().normalize();
        Path folder = root.resolve(topic.sourceFile()).getParent();
        List<Topic.Card> cards = new ArrayList<>();
        for (Topic.Card card : topic.cards()) {
            String file = null;
            String path = localPath(card.source());
            if (path == null) {
                diagnostics.add(Diagnostic.warning(topic.sourceFile(), card.line(), "card image '" + card.source()
                        + "' is not a file beside the topic; its alternative text is shown instead"));
            } else {
                Path image = folder.resolve(path).normalize();
                if (!image.startsWith(root) || Files.isSymbolicLink(image)
                        || !Files.isRegularFile(image, LinkOption.NOFOLLOW_LINKS)) {
                    diagnostics.add(Diagnostic.warning(topic.sourceFile(), card.line(), "card image '" + card.source()
                            + "' is not found in the seeds folder; its alternative text is shown instead"));
                } else {
                    file = root.relativize(image).toString().replace('\\', '/');
                }
            }
            cards.add(card.withFile(file));
        }
        return topic.withCards(cards);
    }

    /** The path a relative image reference names, percent escapes decoded; null for a URL or an absolute path. */
    private static String localPath(String source) {
        try {
            URI uri = new URI(source);
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getPath() == null || uri.getPath().isEmpty()
                    || uri.getPath().startsWith("/")) {
                return null;
            }
            return uri.getPath();
        } catch (URISyntaxException e) {
            return source.contains(":") || source.startsWith("/") ? null : source;
        }
    }

    /** The card images of every topic, at the paths its page links them from. */
    static List<OutputFile> files(KnowledgeBase kb, UrlScheme urls, Path seedsFolder) {
        java.util.Map<String, OutputFile> files = new java.util.TreeMap<>();
        for (LinkedTopic t : kb.topics()) {
            for (Topic.Card card : t.topic().cards()) {
                if (card.file() == null) {
                    continue;
                }
                String path = urls.topicImage(t.topic().id(), card.file());
                if (!files.containsKey(path)) {
                    try {
                        files.put(path, new OutputFile(path, Files.readAllBytes(seedsFolder.resolve(card.file()))));
                    } catch (java.io.IOException e) {
                        throw new BuildException("cannot read the card image " + card.file() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return new ArrayList<>(files.values());
    }
}
