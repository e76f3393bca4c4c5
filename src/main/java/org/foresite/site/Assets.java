package org.foresite.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.foresite.link.UrlScheme;
import org.foresite.render.TemplateEngine;

/**
 * Static files of the theme ({@code templates/assets/}): the defaults shipped in the jar, each replaced by the
 * user's file of the same name, plus any extra files the user adds.
 */
final class Assets {
    static final List<String> BUILT_IN = List.of(UrlScheme.STYLESHEET, UrlScheme.FAVICON, UrlScheme.SITE_SCRIPT, UrlScheme.THEME_SCRIPT, UrlScheme.SEARCH_SCRIPT,
            UrlScheme.SEARCH_PAGE_SCRIPT, UrlScheme.SIGNALS_SCRIPT);

    private Assets() {
    }

    static List<OutputFile> collect(Path userTemplates) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String name : BUILT_IN) {
            files.put(name, builtIn(name));
        }
        Path userAssets = userTemplates == null ? null : userTemplates.resolve("assets");
        if (userAssets != null && Files.isDirectory(userAssets)) {
            try (Stream<Path> walk = Files.walk(userAssets)) {
                for (Path p : walk.sorted().toList()) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        String name = "assets/" + userAssets.relativize(p).toString().replace('\\', '/');
                        files.put(name, Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                throw new BuildException("cannot read the theme's assets in " + userAssets + ": " + e.getMessage(), e);
            }
        }
        return files.entrySet().stream().map(e -> new OutputFile(e.getKey(), e.getValue())).toList();
    }

    private static byte[] builtIn(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(TemplateEngine.BUILT_IN + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its default asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
