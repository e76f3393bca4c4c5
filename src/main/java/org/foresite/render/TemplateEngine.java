package org.foresite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pebble with autoescaping and strict variables. Templates are looked up in the user's templates folder
 * first and in the defaults shipped in the jar second, so a user overrides them file by file.
 */
public final class TemplateEngine {
    public static final String BUILT_IN = "foresite/templates";

    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    public TemplateEngine(Path userTemplates) {
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
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .defaultLocale(java.util.Locale.ENGLISH)
                .build();
    }

    /** Renders a template; a template error names the template and line. */
    public String render(String template, Map<String, Object> context) {
        PebbleTemplate compiledTemplate = compiled.computeIfAbsent(template, engine::getTemplate);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            compiledTemplate.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            throw new TemplateException(e.getMessage(), e);
        }
        return out.toString();
    }

    /** A template that does not compile or evaluate; the message names the template and line. */
    public static final class TemplateException extends RuntimeException {
        TemplateException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
