package org.foresite.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A settings file ({@code foresite.yml}) as written: each setting's text and the line of its key. It is read with
 * Jackson's streaming YAML parser rather than bound to an object, because the parser knows the line of every key,
 * so every problem in the file is reported as {@code file:line}, as seed problems are.
 */
final class SettingsFile {
    /** The file read from the working folder when no {@code --config} is given. */
    static final String NAME = "foresite.yml";

    /** The settings a file may hold, by their key. */
    enum Key {
        SEEDS("seeds", "a folder"), TEMPLATES("templates", "a folder"), OUT("out", "a folder"), TITLE("title", "text"),
        BASE_URL("base-url", "a URL"), CNAME("cname", "a domain name");

        final String key;
        final String expected;

        Key(String key, String expected) {
            this.key = key;
            this.expected = expected;
        }

        static Optional<Key> named(String key) {
            return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
        }

        static String known() {
            return Arrays.stream(values()).map(k -> k.key).collect(Collectors.joining(", "));
        }
    }

    /** A value as the file spells it, and the line of its key. */
    record Entry(String text, int line) {
    }

    /** The file cannot be used; the message names the file and, where there is one, the line. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private final String shownName;
    private final Path folder;
    private final Map<Key, Entry> entries;

    private SettingsFile(String shownName, Path folder, Map<Key, Entry> entries) {
        this.shownName = shownName;
        this.folder = folder;
        this.entries = entries;
    }

    /**
     * The file {@code --config} names, or else {@code foresite.yml} in the working folder when there is one, or else
     * no settings at all (every setting at its default, relative to the working folder).
     */
    static SettingsFile find(Path config) throws Invalid {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new Invalid("--config: there is no settings file " + config);
            }
            return read(config);
        }
        Path here = Path.of(NAME);
        return Files.exists(here) ? read(here) : new SettingsFile(NAME, Path.of(""), Map.of());
    }

    static SettingsFile read(Path file) throws Invalid {
        String shown = file.toString();
        Path parent = file.getParent();
        Map<Key, Entry> entries = new EnumMap<>(Key.class);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = new YAMLFactory().createParser(reader)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                // Empty, or only comments: every setting keeps its default.
                return new SettingsFile(shown, parent == null ? Path.of("") : parent, Map.of());
            }
            if (token != JsonToken.START_OBJECT) {
                throw new Invalid(shown + ":" + line(parser) + ": expected settings as 'key: value' lines, found "
                        + describe(token));
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int line = line(parser);
                Key key = Key.named(name).orElseThrow(() -> new Invalid(shown + ":" + line + ": unknown setting '"
                        + name + "' (known: " + Key.known() + ")"));
                Entry first = entries.get(key);
                if (first != null) {
                    throw new Invalid(shown + ":" + line + ": '" + name + "' is set twice (first on line " + first.line() + ")");
                }
                JsonToken value = parser.nextToken();
                if (!value.isScalarValue() || value == JsonToken.VALUE_NULL) {
                    throw new Invalid(shown + ":" + line + ": '" + name + "' must be " + key.expected + ", found "
                            + describe(value));
                }
                entries.put(key, new Entry(parser.getText(), line));
            }
            if (parser.nextToken() != null) {
                throw new Invalid(shown + ":" + line(parser) + ": expected one YAML document, found another");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Invalid(shown + (line > 0 ? ":" + line : "") + ": invalid YAML: " + parserMessage(e));
        } catch (IOException e) {
            throw new Invalid(shown + ": cannot be read: " + e.getMessage());
        }
        return new SettingsFile(shown, parent == null ? Path.of("") : parent, entries);
    }

    /** The value the file gives, if it sets this key. */
    Optional<Entry> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Where a value of this file comes from, as problems name it: {@code foresite.yml:4: base-url}. */
    String where(Key key) {
        return shownName + ":" + entries.get(key).line() + ": " + key.key;
    }

    /** The folder paths in the file are relative to: the one that holds it (the working folder when there is none). */
    Path folder() {
        return folder;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /**
     * The YAML parser's message on one line: its context and problem ("while scanning a quoted scalar, found
     * unexpected end of stream") without the indented lines that quote the file and point at a column.
     */
    private static String parserMessage(JsonProcessingException e) {
        return e.getOriginalMessage().lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip).collect(Collectors.joining(", "));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "nested settings";
            case VALUE_NULL -> "no value";
            default -> "a single value";
        };
    }
}
