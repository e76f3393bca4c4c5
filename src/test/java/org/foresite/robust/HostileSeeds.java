package org.foresite.robust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a folder of hostile and broken seeds: what an automated pipeline may feed the knowledge base.
 * Written by code because several cases are bytes no text file in the repository should hold.
 */
final class HostileSeeds {
    static final String HEAD = "# __%s__, from ([20240101](https://news.example.org/p/20240101).)\n\n"
            + "__[External link](https://example.org/a)__\n\n\n\n";

    private HostileSeeds() {
    }

    static String seed(String title, String body) {
        return String.format(HEAD, title) + body;
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("empty.md"), new byte[0]);
        Path outside = dir.resolveSibling("outside-secret.md");
        Files.writeString(outside, seed("Secret Outside The Seeds", "## Summary\n\nMust never be published.\n"));
        Files.createSymbolicLink(dir.resolve("link.md"), outside);
        Files.write(dir.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write(seed("Invalid Bytes", "## Summary\n\nBroken ").getBytes(StandardCharsets.UTF_8));
        bad.write(new byte[] {(byte) 0xC3, '(', (byte) 0xFF});
        bad.write(" bytes here.\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("invalid-utf8.md"), bad.toByteArray());
        String crlf = seed("Windows Lines", "## Summary\n\nWritten on Windows.\n\n## Themes\n\n* windows\n\n## Signals\n\n"
                + "| Signal | Change |\n|:--|:--|\n| CRLF | handled |\n").replace("\n", "\r\n");
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(crlf.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("bom-crlf.md"), bom.toByteArray());
        Files.writeString(dir.resolve("no-title.md"), "## Summary\n\nNo heading at all.\n\n## Themes\n\n* AI\n");
        Files.writeString(dir.resolve("shouting.md"), seed("Shouting Headings", "## SUMMARY\n\nLoud.\n\n## THEMES\n\n* ai\n\n"
                + "## KeyWords\n\n* A.I.\n* ＡＩ\n\n## SIGNALS\n\n| SIGNAL | CHANGE |\n|---|---|\n| Loud | louder |\n"));
        Files.writeString(dir.resolve("ragged.md"), seed("Ragged Tables", "## Signals\n\n| a | b | c |\n|---|---|---|\n"
                + "| short |\n| one | two | three | four |\n| pipe \\| inside | x | y |\n\n## Notes\n\n| no | separator |\n| x | y |\n"));
        StringBuilder huge = new StringBuilder("## Summary\n\n");
        while (huge.length() < 5_000_000) {
            huge.append("A very long summary sentence about signals of change that goes on and on. ");
        }
        Files.writeString(dir.resolve("huge.md"), seed("Five Megabytes", huge + "\n"));
        StringBuilder many = new StringBuilder("## Keywords\n\n");
        for (int i = 0; i < 3000; i++) {
            many.append("* keyword number ").append(i).append('\n');
        }
        Files.writeString(dir.resolve("many-keywords.md"), seed("Thousands of Keywords", many.toString()));
        Files.writeString(dir.resolve("odd-terms.md"), seed("Odd Terms", "## Themes\n\n* !!!\n* 🚀✨\n* "
                + "long theme ".repeat(40).strip() + "\n* C++\n* C#\n* C\n* index\n"));
        Files.writeString(dir.resolve("dup.md"), seed("Duplicate One", "## Summary\n\nFirst.\n"));
        Files.writeString(dir.resolve("dup.txt"), seed("Duplicate Two", "## Summary\n\nSecond.\n"));
        Files.writeString(dir.resolve("notes on zürich.md"), seed("Spaces and Umlauts", "## Summary\n\nFile name.\n"));
        Files.writeString(dir.resolve("closest.md"), seed("Closest Oddities", "## Closest\n\n* [Me](closest)\n"
                + "* [Dup](dup)\n* [Dup](dup)\n* [Gone](nowhere)\n* [Escape](../../etc/passwd)\n* [js](javascript:alert(1))\n"));
        Files.writeString(dir.resolve("one-line.md"), seed("One Long Line", "## Summary\n\n" + "x".repeat(1_000_000)));
        StringBuilder nested = new StringBuilder("## Notes\n\n");
        for (int i = 0; i < 2000; i++) {
            nested.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        nested.append("\n").append(">".repeat(5000)).append(" deep quote\n");
        Files.writeString(dir.resolve("nested.md"), seed("Deeply Nested", nested.toString()));
        Files.writeString(dir.resolve("injection.md"), seed("<script>alert('t')</script><img src=x onerror=alert(1)>",
                "## Summary\n\n<script>alert(1)</script> <iframe src=//evil.example></iframe> [x](javascript:alert(2)) "
                + "[d](data:text/html,<script>alert(3)</script>) <a href=\"javascript:alert(4)\">a</a> "
                + "<svg onload=alert(5)></svg>\n\n## Themes\n\n* <b onmouseover=alert(6)>theme</b>\n\n"
                + "## Signals\n\n| Signal | Change |\n|---|---|\n| <script>alert(7)</script> | \"><img src=x onerror=alert(8)> |\n\n"
                + "## Closest\n\n* [<script>alert(9)</script>](\"><script>alert(10)</script>)\n"));
    }
}
