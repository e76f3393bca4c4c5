package org.foresite.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.foresite.site.BuildOptions;
import org.foresite.site.BuildReport;
import org.foresite.site.SiteBuilder;

/**
 * Build, serve, watch, rebuild: the curator's preview loop. Changes to the seeds or templates folders trigger a
 * rebuild once they have been quiet for a moment; open pages then reload themselves.
 */
public final class Preview implements AutoCloseable {
    static final long QUIET_MS = 80;

    private final BuildOptions options;
    private final PrintWriter log;
    private final SiteBuilder builder = new SiteBuilder();
    private final PreviewServer server;
    private final WatchService watcher;
    private final Thread loop;
    private volatile boolean running = true;
    private volatile int builds;

    public Preview(BuildOptions options, int port, PrintWriter log) throws IOException {
        this.options = options;
        this.log = log;
        rebuild();
        this.server = new PreviewServer(options.out(), port);
        this.watcher = FileSystems.getDefault().newWatchService();
        watchTree(options.seeds());
        if (options.templates() != null && Files.isDirectory(options.templates())) {
            watchTree(options.templates());
        }
        this.loop = new Thread(this::watchLoop, "foresite-watch");
        loop.setDaemon(true);
        loop.start();
    }

    public String url() {
        return server.url();
    }

    /** How many builds have completed (the first one included). */
    public int builds() {
        return builds;
    }

    private void watchTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watchLoop() {
        boolean dirty = false;
        while (running) {
            try {
                WatchKey key = watcher.poll(dirty ? QUIET_MS : 500, TimeUnit.MILLISECONDS);
                if (key != null) {
                    for (var event : key.pollEvents()) {
                        if (event.context() instanceof Path p && key.watchable() instanceof Path dir
                                && Files.isDirectory(dir.resolve(p))) {
                            watchTree(dir.resolve(p));
                        }
                    }
                    key.reset();
                    dirty = true;
                    continue;
                }
                if (dirty) {
                    dirty = false;
                    rebuild();
                    server.siteChanged();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.println("foresite: error: " + e.getMessage() + " (still serving the previous build)");
                log.flush();
            }
        }
    }

    private void rebuild() {
        BuildReport report = builder.build(options);
        report.diagnostics().stream().filter(d -> d.severity() == org.foresite.diag.Severity.WARNING)
                .forEach(d -> log.println(d.format()));
        log.println(report.summary());
        log.flush();
        builds++;
    }

    @Override
    public void close() {
        running = false;
        loop.interrupt();
        server.close();
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
