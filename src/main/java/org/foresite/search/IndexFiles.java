package org.foresite.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * The file format of the search index. Every file is a script, {@code foresiteSearch("id",{json});}, so the
 * browser loads it with a script tag: that works from a web server and from disk ({@code file://}), where
 * browsers refuse to fetch JSON. The id tells the client which of its requests the payload answers.
 */
public final class IndexFiles {
    public static final String DIR = "search/";
    public static final String MANIFEST = "manifest";
    private static final String CALLBACK = "foresiteSearch";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexFiles() {
    }

    /**
     * The file name of the term shard whose forms begin with {@code start}: the start itself when it is lowercase
     * ASCII letters and digits, prefixed with {@code w}; otherwise {@code x} and its UTF-16 code units in hex. Named
     * after what it holds, a shard keeps its name when others are added or removed. search.js names them alike
     * (AnalysisConsistencyTest compares the two on every shard of a real index).
     */
    public static String shardId(String start) {
        if (start.matches("[a-z0-9]+")) {
            return "w" + start;
        }
        StringBuilder id = new StringBuilder("x");
        for (char c : start.toCharArray()) {
            id.append(String.format("%04x", (int) c));
        }
        return id.toString();
    }

    /** The site path of the file holding the payload with this id. */
    public static String path(String id) {
        return DIR + id + ".js";
    }

    static byte[] script(String id, Object payload) {
        return scriptOf(id, json(payload));
    }

    /** The script for a payload already turned into JSON by {@link #json}. */
    static byte[] scriptOf(String id, String json) {
        return scriptOf(CALLBACK, id, json);
    }

    /** A data file of another client than search, calling its own {@code callback(id, payload)}. */
    static byte[] scriptOf(String callback, String id, String json) {
        return (callback + "(" + json(id) + "," + scriptSafe(json) + ");\n").getBytes(StandardCharsets.UTF_8);
    }

    static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search index payloads are plain maps and lists", e);
        }
    }

    /**
     * JSON that stays inert even if a page ever inlines it: {@code </} (only possible inside JSON strings) becomes
     * the equivalent escape {@code <\/}, so seed text can never close a script element.
     */
    public static String scriptSafe(String json) {
        return json.replace("</", "<\\/");
    }

    /** Reads back the payload of an index file (or of any data file written by {@link #scriptOf}). */
    public static JsonNode payload(String script) {
        int start = script.indexOf(',');
        int end = script.lastIndexOf(");");
        if (!script.matches("(?s)^[A-Za-z]+\\(.*") || start < 0 || end < start) {
            throw new IllegalArgumentException("not a Foresite data file");
        }
        try {
            return JSON.readTree(script.substring(start + 1, end));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("corrupt search index file: " + e.getOriginalMessage(), e);
        }
    }
}
