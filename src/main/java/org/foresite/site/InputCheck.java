package org.foresite.site;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.foresite.link.Sources;

/** Whether what a page or a group of files read last time is still the same: each key's digest, compared once. */
final class InputCheck {
    private final Sources sources;
    private final BuildCache previous;
    private final Map<String, Boolean> unchanged = new ConcurrentHashMap<>();

    InputCheck(Sources sources, BuildCache previous) {
        this.sources = sources;
        this.previous = previous;
    }

    boolean unchanged(List<String> keys) {
        for (String key : keys) {
            Boolean same = unchanged.get(key);
            if (same == null) {
                same = sources.digest(key).equals(previous.digest(key));
                unchanged.put(key, same);
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
