package org.foresite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foresite.diag.Diagnostic;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.Linker;
import org.foresite.model.Article;
import org.foresite.parse.ArticleParser;
import org.foresite.parse.SeedDecoder;
import org.foresite.parse.SeedFile;
import org.foresite.parse.SeedFolder;

/** Reads a seeds folder into a linked knowledge base, as the build does, for tests that need the model. */
public final class KnowledgeBases {
    private KnowledgeBases() {
    }

    public static KnowledgeBase read(Path seeds) {
        List<Diagnostic> ignored = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (SeedFile seed : SeedFolder.list(seeds, ignored)) {
            try {
                Optional<String> text = SeedDecoder.decode(Files.readAllBytes(seed.path()), seed.name(), ignored);
                text.ifPresent(t -> articles.add(new ArticleParser().parse(seed.id(), seed.name(), t).article()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Linker.link(articles);
    }

}
