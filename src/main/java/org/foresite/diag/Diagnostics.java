package org.foresite.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics from parallel stages; read back in a stable order. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public synchronized List<Diagnostic> sorted() {
        return items.stream().sorted(Diagnostic.ORDER).toList();
    }
}
