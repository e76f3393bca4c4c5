package org.foresite;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the JavaScript helpers in src/test/js under Node: how tests reach the browser's code. */
public final class NodeScript {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeScript() {
    }

    /** Skips visibly where Node is missing; in CI a missing Node is a failure. */
    public static void assumeNode() {
        boolean present;
        try {
            present = new ProcessBuilder("node", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        if (present) {
            return;
        }
        if (System.getenv("CI") != null) {
            fail("Node.js is missing in CI: .ci/run must install it");
        }
        System.out.println("SKIPPED: Node.js is not installed; the browser's search code is not exercised");
        assumeTrue(false, "node is not installed");
    }

    public static JsonNode run(String script, List<String> args, Object request) throws IOException, InterruptedException {
        Path in = Files.createTempFile("node-in", ".json");
        Path out = Files.createTempFile("node-out", ".json");
        Path err = Files.createTempFile("node-err", ".txt");
        try {
            JSON.writeValue(in.toFile(), request);
            List<String> command = new java.util.ArrayList<>(List.of("node", Path.of("src", "test", "js", script).toString()));
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(script + " did not finish in 5 minutes");
            }
            if (p.exitValue() != 0) {
                fail(script + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return JSON.readTree(out.toFile());
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
