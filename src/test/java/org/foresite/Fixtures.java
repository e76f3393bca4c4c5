package org.foresite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foresite.parse.ArticleParser;
import org.foresite.parse.ParsedArticle;

/** The hand-written fixture knowledge base in {@code src/test/resources/fixtures/kb}, covering every format feature. */
public final class Fixtures {
    public static final Path KB = Path.of("src", "test", "resources", "fixtures", "kb");
    public static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** A folder laid out like a real knowledge base's {@code docs/}: articles, an overview, topics with images. */
    public static final Path DOCS = Path.of("src", "test", "resources", "fixtures", "docs");

    private Fixtures() {
    }

    public static String text(String fileName) {
        try {
            return Files.readString(KB.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParsedArticle parse(String fileName) {
        String id = fileName.substring(0, fileName.lastIndexOf('.'));
        return new ArticleParser().parse(id, fileName, text(fileName));
    }
}
