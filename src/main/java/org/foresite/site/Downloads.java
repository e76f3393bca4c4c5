package org.foresite.site;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foresite.link.ClosestLink;
import org.foresite.link.PageReads;
import org.foresite.link.SignalSource;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Block;
import org.foresite.model.Property;
import org.foresite.model.Section;
import org.foresite.model.Signal;

/**
 * The knowledge base as data, for people to save (no page loads them): {@code downloads/signals.csv}, every signal
 * with its article, and {@code downloads/articles.json}, every article with its fields. Written with Jackson's CSV
 * and JSON writers, streamed to disk: at tens of thousands of articles they are too big to hold in memory.
 */
final class Downloads {
    /** The columns of signals.csv, in order. */
    static final List<String> SIGNAL_COLUMNS = List.of("article_id", "article_title", "issue_date", "themes", "signal",
            "description", "change", "horizon", "driving_force", "relevancy");

    private Downloads() {
    }

    /** The two files, each a body that writes itself; what they read is recorded by {@code reads}. */
    static Map<String, OutputFolder.Body> files(PageReads reads, String baseUrl) {
        SignalSource signals = reads.signals();
        List<Article> articles = reads.articles();
        Map<String, List<ClosestLink>> closest = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        for (Article a : articles) {
            closest.put(a.id(), reads.closest(a.id()));
            paths.put(a.id(), reads.articlePath(a.id()));
        }
        Map<String, OutputFolder.Body> files = new LinkedHashMap<>();
        files.put(UrlScheme.SIGNALS_CSV, out -> signalsCsv(signals, out));
        files.put(UrlScheme.ARTICLES_JSON, out -> articlesJson(articles, closest, paths, baseUrl, out));
        return files;
    }

    /** One row per signal, articles newest first; RFC 4180 (a header row, quoted where needed, CRLF line ends). */
    static void signalsCsv(SignalSource source, OutputStream out) throws IOException {
        Map<String, String> themes = new HashMap<>();
        source.themes().forEach(t -> themes.put(t.key(), t.display()));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        SIGNAL_COLUMNS.forEach(schema::addColumn);
        CsvMapper csv = new CsvMapper();
        try (CsvGenerator writer = csv.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            writer.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writer.setSchema(schema.build());
            for (SignalSource.SignalArticle a : source.articles()) {
                String joined = String.join("; ", a.themeKeys().stream().map(themes::get).toList());
                for (Signal s : a.signals()) {
                    writer.writeStartArray();
                    for (String cell : List.of(a.id(), a.title(), a.date() == null ? "" : a.date().toString(), joined,
                            s.name(), s.description(), s.change(), s.horizon(), s.drivingForce(), s.relevancy())) {
                        writer.writeString(cell);
                    }
                    writer.writeEndArray();
                }
            }
        }
    }

    /** {@code {"articles": [...]}}, newest first; the schema is in the README. */
    static void articlesJson(List<Article> articles, Map<String, List<ClosestLink>> closest, Map<String, String> paths,
            String baseUrl, OutputStream out) throws IOException {
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("generator", "Foresite");
            json.writeNumberField("count", articles.size());
            json.writeArrayFieldStart("articles");
            for (Article a : articles) {
                json.writeStartObject();
                json.writeStringField("id", a.id());
                json.writeStringField("title", a.title());
                json.writeStringField("page", paths.get(a.id()));
                if (baseUrl != null) {
                    json.writeStringField("url", UrlScheme.absolute(baseUrl, paths.get(a.id())));
                }
                if (a.origin() == null) {
                    json.writeNullField("issue");
                } else {
                    json.writeObjectFieldStart("issue");
                    json.writeStringField("token", a.origin().issue());
                    json.writeStringField("date", a.origin().date() == null ? null : a.origin().date().toString());
                    json.writeStringField("url", a.origin().url());
                    json.writeEndObject();
                }
                json.writeStringField("externalUrl", a.externalUrl());
                json.writeStringField("summary", a.summary());
                strings(json, "keywords", a.keywords());
                strings(json, "themes", a.themes());
                json.writeArrayFieldStart("other");
                for (Property p : a.other()) {
                    json.writeStartObject();
                    json.writeStringField("name", p.name());
                    json.writeStringField("value", p.value());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("signals");
                for (Signal s : a.signals()) {
                    json.writeStartObject();
                    json.writeStringField("signal", s.name());
                    json.writeStringField("description", s.description());
                    json.writeStringField("change", s.change());
                    json.writeStringField("horizon", s.horizon());
                    json.writeStringField("drivingForce", s.drivingForce());
                    json.writeStringField("relevancy", s.relevancy());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("sections");
                for (Section s : a.sections()) {
                    json.writeStartObject();
                    json.writeStringField("name", s.name());
                    json.writeArrayFieldStart("blocks");
                    for (Block b : s.blocks()) {
                        json.writeStartObject();
                        if (b instanceof Block.TableBlock t) {
                            strings(json, "headers", t.table().headers());
                            json.writeArrayFieldStart("rows");
                            for (List<String> row : t.table().rows()) {
                                json.writeStartArray();
                                for (String cell : row) {
                                    json.writeString(cell);
                                }
                                json.writeEndArray();
                            }
                            json.writeEndArray();
                        } else if (b instanceof Block.TextBlock text) {
                            json.writeStringField("markdown", text.markdown());
                        }
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("closest");
                for (ClosestLink c : closest.get(a.id())) {
                    json.writeStartObject();
                    json.writeStringField("text", c.text());
                    json.writeStringField("id", c.resolved() ? c.targetId() : null);
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
