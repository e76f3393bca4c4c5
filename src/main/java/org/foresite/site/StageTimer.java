package org.foresite.site;

import java.util.LinkedHashMap;
import java.util.Map;

/** Measures the wall time of consecutive pipeline stages. */
final class StageTimer {
    private final Map<String, Double> stages = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** A stage that ran alongside the others, timed on its own. */
    synchronized void record(String stage, double seconds) {
        stages.merge(stage, seconds, Double::sum);
    }

    synchronized void lap(String stage) {
        long now = System.nanoTime();
        stages.merge(stage, (now - last) / 1e9, Double::sum);
        last = now;
    }

    synchronized Map<String, Double> stages() {
        return stages;
    }
}
