package org.foresite.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Severity;
import org.foresite.link.Fingerprint;
import org.foresite.model.Alignment;
import org.foresite.model.Article;
import org.foresite.model.Block;
import org.foresite.model.ClosestRef;
import org.foresite.model.Origin;
import org.foresite.model.Property;
import org.foresite.model.Section;
import org.foresite.model.Signal;
import org.foresite.model.Table;
import org.foresite.search.SearchIndexBuilder.Analysis;

/**
 * What the last build made of each seed file, kept beside the site so that a new build process parses and analyses
 * only the seeds that changed: per seed file, the fingerprint of its bytes, the article parsed from it (with its
 * diagnostics) and the article's analysed search text. Written for one generator only: a store from any other
 * version of Foresite is ignored, never misread.
 */
final class SeedStore {
    private static final String MAGIC = "foresite-seed-store 3";
    /** Strings up to this length are written once and referred to afterwards. */
    private static final int SHARED_LENGTH = 40;

    /** One seed file as last read: reused while its bytes, its id and its name are the same. */
    record Seed(Fingerprint bytes, String id, String name, Optional<Article> article, List<Diagnostic> diagnostics,
            Analysis analysis) {
        /** The article is made from the seed's bytes, id and file name alone: together they identify its content. */
        String digest() {
            return bytes.hex() + ' ' + id + ' ' + name;
        }

        Seed withAnalysis(Analysis analysis) {
            return new Seed(bytes, id, name, article, diagnostics, analysis);
        }
    }

    private SeedStore() {
    }

    /** The seeds in the store, by file name; empty when it is missing, damaged or from another generator. */
    static Map<String, Seed> read(Path file, String generator) {
        Map<String, Seed> seeds = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return seeds;
        }
        try (DataInputStream data = BinaryFile.reader(file)) {
            In in = new In(data);
            if (!MAGIC.equals(in.string()) || !generator.equals(in.string())) {
                return seeds;
            }
            for (int n = data.readInt(); n > 0; n--) {
                Seed seed = in.seed();
                seeds.put(seed.name(), seed);
            }
            return seeds;
        } catch (IOException | RuntimeException e) {
            // A damaged store only costs parsing every seed again.
            return new HashMap<>();
        }
    }

    /** Writes the store (to a temporary file renamed into place, so a crash never leaves half a store). */
    static void write(Path file, String generator, Collection<Seed> seeds) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream data = BinaryFile.writer(temporary)) {
            Out out = new Out(data);
            out.string(MAGIC);
            out.string(generator);
            List<Seed> sorted = new ArrayList<>(seeds);
            sorted.sort(java.util.Comparator.comparing(Seed::name));
            data.writeInt(sorted.size());
            for (Seed seed : sorted) {
                out.seed(seed);
            }
        } catch (IOException e) {
            throw new BuildException("cannot write the seed store " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BuildException("cannot write the seed store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes values with a table of the short strings already written: the second and later occurrences of a word,
     * a theme or a column header cost four bytes.
     */
    private static final class Out {
        private final DataOutputStream data;
        private final BinaryFile.StringsOut strings;

        Out(DataOutputStream data) {
            this.data = data;
            this.strings = new BinaryFile.StringsOut(data);
        }

        void string(String s) throws IOException {
            // Words, terms and headers repeat; long texts (summaries, table cells) do not, and are written as they are.
            strings.write(s, s != null && s.length() <= SHARED_LENGTH);
        }

        void strings(List<String> list) throws IOException {
            data.writeInt(list.size());
            for (String s : list) {
                string(s);
            }
        }

        void chars(char[] values) throws IOException {
            data.writeInt(values.length);
            for (char v : values) {
                data.writeChar(v);
            }
        }

        void ints(int[] values) throws IOException {
            data.writeInt(values.length);
            for (int v : values) {
                data.writeInt(v);
            }
        }

        void seed(Seed seed) throws IOException {
            data.writeLong(seed.bytes().high());
            data.writeLong(seed.bytes().low());
            string(seed.id());
            string(seed.name());
            data.writeBoolean(seed.article().isPresent());
            if (seed.article().isPresent()) {
                article(seed.article().get());
            }
            data.writeInt(seed.diagnostics().size());
            for (Diagnostic d : seed.diagnostics()) {
                string(d.file());
                data.writeInt(d.line());
                data.writeByte(d.severity().ordinal());
                string(d.message());
            }
            Analysis a = seed.analysis();
            data.writeBoolean(a != null);
            if (a != null) {
                strings(List.of(a.stems()));
                chars(a.fieldCounts());
                strings(List.of(a.surfaces()));
                ints(a.surfaceStems());
                ints(a.codePoints());
                string(a.resultJson());
            }
        }

        void article(Article a) throws IOException {
            string(a.id());
            string(a.sourceFile());
            string(a.title());
            data.writeBoolean(a.origin() != null);
            if (a.origin() != null) {
                string(a.origin().issue());
                string(a.origin().date() == null ? null : a.origin().date().toString());
                string(a.origin().url());
            }
            string(a.externalUrl());
            string(a.summary());
            strings(a.keywords());
            strings(a.themes());
            data.writeInt(a.other().size());
            for (Property p : a.other()) {
                string(p.name());
                string(p.value());
            }
            data.writeInt(a.sections().size());
            for (Section s : a.sections()) {
                string(s.name());
                data.writeInt(s.line());
                data.writeInt(s.blocks().size());
                for (Block b : s.blocks()) {
                    if (b instanceof Block.TableBlock t) {
                        data.writeByte(0);
                        strings(t.table().headers());
                        data.writeInt(t.table().alignments().size());
                        for (Alignment al : t.table().alignments()) {
                            data.writeByte(al.ordinal());
                        }
                        data.writeInt(t.table().rows().size());
                        for (List<String> row : t.table().rows()) {
                            strings(row);
                        }
                    } else if (b instanceof Block.TextBlock text) {
                        data.writeByte(1);
                        string(text.markdown());
                    }
                }
            }
            data.writeInt(a.signals().size());
            for (Signal s : a.signals()) {
                strings(List.of(s.name(), s.description(), s.change(), s.horizon(), s.drivingForce(), s.relevancy()));
            }
            data.writeInt(a.closest().size());
            for (ClosestRef c : a.closest()) {
                string(c.text());
                string(c.target());
                data.writeInt(c.line());
            }
        }
    }

    /** Reads what {@link Out} wrote. */
    private static final class In {
        private final DataInputStream data;
        private final BinaryFile.StringsIn strings;

        In(DataInputStream data) {
            this.data = data;
            this.strings = new BinaryFile.StringsIn(data);
        }

        String string() throws IOException {
            return strings.read();
        }

        List<String> strings() throws IOException {
            int n = data.readInt();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(string());
            }
            return list;
        }

        char[] chars() throws IOException {
            char[] values = new char[data.readInt()];
            for (int i = 0; i < values.length; i++) {
                values[i] = data.readChar();
            }
            return values;
        }

        int[] ints() throws IOException {
            int[] values = new int[data.readInt()];
            for (int i = 0; i < values.length; i++) {
                values[i] = data.readInt();
            }
            return values;
        }

        Seed seed() throws IOException {
            Fingerprint bytes = new Fingerprint(data.readLong(), data.readLong());
            String id = string();
            String name = string();
            Optional<Article> article = data.readBoolean() ? Optional.of(article()) : Optional.empty();
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int n = data.readInt(); n > 0; n--) {
                diagnostics.add(new Diagnostic(string(), data.readInt(), Severity.values()[data.readByte()], string()));
            }
            Analysis analysis = null;
            if (data.readBoolean()) {
                analysis = new Analysis(strings().toArray(new String[0]), chars(), strings().toArray(new String[0]),
                        ints(), ints(), string());
            }
            return new Seed(bytes, id, name, article, List.copyOf(diagnostics), analysis);
        }

        Article article() throws IOException {
            String id = string();
            String sourceFile = string();
            String title = string();
            Origin origin = null;
            if (data.readBoolean()) {
                String issue = string();
                String date = string();
                origin = new Origin(issue, date == null ? null : LocalDate.parse(date), string());
            }
            String externalUrl = string();
            String summary = string();
            List<String> keywords = strings();
            List<String> themes = strings();
            List<Property> other = new ArrayList<>();
            for (int n = data.readInt(); n > 0; n--) {
                other.add(new Property(string(), string()));
            }
            List<Section> sections = new ArrayList<>();
            for (int n = data.readInt(); n > 0; n--) {
                String name = string();
                int line = data.readInt();
                List<Block> blocks = new ArrayList<>();
                for (int b = data.readInt(); b > 0; b--) {
                    if (data.readByte() == 0) {
                        List<String> headers = strings();
                        List<Alignment> alignments = new ArrayList<>();
                        for (int k = data.readInt(); k > 0; k--) {
                            alignments.add(Alignment.values()[data.readByte()]);
                        }
                        List<List<String>> rows = new ArrayList<>();
                        for (int r = data.readInt(); r > 0; r--) {
                            rows.add(strings());
                        }
                        blocks.add(new Block.TableBlock(new Table(headers, alignments, rows)));
                    } else {
                        blocks.add(new Block.TextBlock(string()));
                    }
                }
                sections.add(new Section(name, line, blocks));
            }
            List<Signal> signals = new ArrayList<>();
            for (int n = data.readInt(); n > 0; n--) {
                List<String> cells = strings();
                signals.add(new Signal(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5)));
            }
            List<ClosestRef> closest = new ArrayList<>();
            for (int n = data.readInt(); n > 0; n--) {
                closest.add(new ClosestRef(string(), string(), data.readInt()));
            }
            return new Article(id, sourceFile, title, origin, externalUrl, summary, keywords, themes, other, sections,
                    signals, closest);
        }
    }
}
