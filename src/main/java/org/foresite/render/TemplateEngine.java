package org.foresite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pebble with autoescaping and strict variables. Templates are looked up in the user's templates folder
 * first and in the defaults shipped in the jar second, so a user overrides them file by file.
 */
public final class TemplateEngine {
    public static final String BUILT_IN = "foresite/templates";

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("\\{%-?\\s*(extends|include|import|embed)\\s+[\"']([^\"']+)[\"']");
    private static final java.util.regex.Pattern DYNAMIC_REFERENCE =
            java.util.regex.Pattern.compile("\\{%-?\\s*(extends|include|import|embed)\\s+[^\\s\"']");

    /** One buffer per rendering thread, kept: a new one per page was the largest allocation of a build. */
    private static final ThreadLocal<Utf8Buffer> BUFFERS = ThreadLocal.withInitial(() -> new Utf8Buffer(16 * 1024));

    private final PebbleEngine engine;
    private final Path userTemplates;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    public TemplateEngine(Path userTemplates) {
        this.userTemplates = userTemplates != null && Files.isDirectory(userTemplates) ? userTemplates : null;
        List<Loader<?>> loaders = new ArrayList<>();
        if (userTemplates != null && Files.isDirectory(userTemplates)) {
            FileLoader user = new FileLoader();
            user.setPrefix(userTemplates.toAbsolutePath().toString());
            user.setCharset("UTF-8");
            loaders.add(user);
        }
        ClasspathLoader builtIn = new ClasspathLoader(TemplateEngine.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN);
        builtIn.setCharset("UTF-8");
        loaders.add(builtIn);
        engine = new PebbleEngine.Builder()
                .loader(new Remembering<>(new DelegatingLoader(loaders)))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaping())
                .extension(new io.pebbletemplates.pebble.extension.AbstractExtension() {
                    @Override
                    public List<io.pebbletemplates.pebble.attributes.AttributeResolver> getAttributeResolver() {
                        return List.of(new RecordAttributes());
                    }
                })
                .defaultLocale(java.util.Locale.ENGLISH)
                .build();
    }

    /**
     * A text that differs whenever a template, or any template it extends or includes (transitively), differs:
     * what a page's record names, so that editing one template renders again only the pages it shapes. A template
     * that names another through a variable could reach any of them: its text then covers them all.
     */
    public String fingerprint(String template) {
        return fingerprints.computeIfAbsent(template, t -> {
            StringBuilder all = new StringBuilder();
            java.util.Set<String> seen = new java.util.TreeSet<>();
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(t));
            while (!todo.isEmpty()) {
                String name = todo.pop();
                if (!seen.add(name)) {
                    continue;
                }
                String source = source(name);
                all.append(name).append('\u0000').append(source).append('\u0000');
                java.util.regex.Matcher m = REFERENCE.matcher(source);
                while (m.find()) {
                    todo.push(m.group(2));
                }
                if (DYNAMIC_REFERENCE.matcher(source).find()) {
                    all.append(everyTemplate());
                }
            }
            return org.foresite.link.Fingerprint.of(all).hex();
        });
    }

    /** The text of a template as the engine finds it: the user's first, else the built-in one; empty when neither. */
    private String source(String name) {
        try {
            if (userTemplates != null && Files.isRegularFile(userTemplates.resolve(name))) {
                return Files.readString(userTemplates.resolve(name));
            }
            try (java.io.InputStream in = TemplateEngine.class.getClassLoader().getResourceAsStream(BUILT_IN + "/" + name)) {
                return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String everyTemplate() {
        StringBuilder all = new StringBuilder();
        if (userTemplates != null && Files.isDirectory(userTemplates)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(userTemplates)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".peb")).sorted().toList()) {
                    all.append(userTemplates.relativize(p)).append('\u0000').append(Files.readString(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    /** Renders a template to its UTF-8 bytes; a template error names the template and line. */
    public byte[] render(String template, Map<String, Object> context) {
        PebbleTemplate compiledTemplate = compiled.computeIfAbsent(template, engine::getTemplate);
        Utf8Buffer out = BUFFERS.get();
        out.clear();
        try {
            compiledTemplate.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            throw new TemplateException(e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * A loader that remembers the answers that depend on names alone. Pebble asks them again at every {@code include}
     * and {@code extends} of every page, and working them out (path clean-up with regular expressions, a cache key
     * hashed over the loaders) was a tenth of the templates' time.
     */
    private static final class Remembering<T> implements Loader<T> {
        private final Loader<T> loader;
        private final Map<List<String>, Optional<String>> resolved = new ConcurrentHashMap<>();
        private final Map<String, T> keys = new ConcurrentHashMap<>();

        Remembering(Loader<T> loader) {
            this.loader = loader;
        }

        @Override
        public java.io.Reader getReader(T key) {
            return loader.getReader(key);
        }

        @Override
        public void setCharset(String charset) {
            loader.setCharset(charset);
        }

        @Override
        public void setPrefix(String prefix) {
            loader.setPrefix(prefix);
        }

        @Override
        public void setSuffix(String suffix) {
            loader.setSuffix(suffix);
        }

        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            return resolved.computeIfAbsent(java.util.Arrays.asList(relativePath, anchorPath),
                    k -> Optional.ofNullable(loader.resolveRelativePath(relativePath, anchorPath))).orElse(null);
        }

        @Override
        public T createCacheKey(String templateName) {
            return keys.computeIfAbsent(templateName, loader::createCacheKey);
        }

        @Override
        public boolean resourceExists(String templateName) {
            return loader.resourceExists(templateName);
        }
    }

    /** A template that does not compile or evaluate; the message names the template and line. */
    public static final class TemplateException extends RuntimeException {
        TemplateException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
