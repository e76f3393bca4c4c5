package org.foresite.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.foresite.search.IndexFiles;

/**
 * Data for a page's script, written as {@code callback(json);} so that it loads with a script tag: browsers
 * refuse to fetch JSON from disk ({@code file://}), but run scripts.
 */
final class ScriptData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptData() {
    }

    static OutputFile file(String path, String callback, Object payload) {
        try {
            return new OutputFile(path, (callback + "(" + IndexFiles.scriptSafe(JSON.writeValueAsString(payload)) + ");\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("script data are plain maps and lists", e);
        }
    }
}
