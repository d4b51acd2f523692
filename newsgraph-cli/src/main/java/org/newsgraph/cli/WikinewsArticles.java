/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.newsgraph.model.RawDocument;
import org.newsgraph.source.CsvRecords;

/**
 * The real news {@code demo} adds to its samples where the project's data lies beside the checkout: the Wikinews
 * articles that {@code news/events-dev/} allows the team to work on, read in place as article records (never copied):
 * the English ones listed in {@code en-wikinews-allowed.tsv} (from {@code news/en-wikinews-2019-2020/}, CC BY 2.5) and
 * the German ones of the {@code train/} and {@code dev/} splits of {@code news/de-wikinews-quotation-attribution/}
 * (article texts CC BY 2.5; the corpus's annotations are not read).
 */
final class WikinewsArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\.pretty\\.json$");
    /** An English Wikinews text starts with its dateline ("Friday, January 4, 2019"), which is no paragraph. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*[A-Z][a-z]+day, [A-Z][a-z]+ \\d{1,2}, \\d{4}\\s*");

    private WikinewsArticles() {}

    /** True when {@code data} holds the allow-list and at least one of the two corpora. */
    static boolean available(Path data) {
        return Files.isRegularFile(data.resolve("news/events-dev/en-wikinews-allowed.tsv"));
    }

    /** How many documents {@link #read} gives (for the progress bar). */
    static long count(Path data) throws IOException {
        long[] n = {0};
        read(data, d -> n[0]++);
        return n[0];
    }

    /** Every allowed article as an article-record document, English first. */
    static void read(Path data, Consumer<RawDocument> sink) throws IOException {
        english(data, sink);
        german(data.resolve("news/de-wikinews-quotation-attribution/data.tar.gz"), sink);
    }

    private static void english(Path data, Consumer<RawDocument> sink) throws IOException {
        Set<String> allowed = new HashSet<>();
        List<String> lines = Files.readAllLines(data.resolve("news/events-dev/en-wikinews-allowed.tsv"),
                StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (!line.isBlank()) {
                allowed.add(line.split("\t")[0].strip());
            }
        }
        for (String year : List.of("2019", "2020")) {
            Path f = data.resolve("news/en-wikinews-2019-2020/wikinews_" + year + ".csv");
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                CsvRecords csv = new CsvRecords(r, ',', '"');
                csv.next(); // header: url,date,title,text
                int row = 1;
                for (List<String> rec = csv.next(); rec != null; rec = csv.next()) {
                    row++;
                    if (rec.size() >= 4 && allowed.contains(rec.get(0).strip()) && !rec.get(3).isBlank()) {
                        sink.accept(record(f.getFileName() + ":" + row, rec.get(0).strip(), rec.get(1), "en",
                                rec.get(2), DATELINE.matcher(rec.get(3)).replaceFirst("")));
                    }
                }
            }
        }
    }

    private static void german(Path tar, Consumer<RawDocument> sink) throws IOException {
        if (!Files.isRegularFile(tar)) {
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tar));
                TarArchiveInputStream t = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            TarArchiveEntry e;
            while ((e = t.getNextEntry()) != null) {
                String name = e.getName();
                boolean allowed = name.startsWith("data/train/") || name.startsWith("data/dev/");
                if (e.isFile() && allowed && name.endsWith(".json")) {
                    JsonNode n = JSON.readTree(t.readAllBytes());
                    String title = n.path("documentName").asText("");
                    Matcher m = DATE.matcher(name);
                    sink.accept(record("data.tar.gz:" + name, "https://de.wikinews.org/wiki/" + title.replace(' ', '_'),
                            m.find() ? m.group(1) : null, "de", title, n.path("originalText").asText("")));
                }
            }
        }
    }

    private static RawDocument record(String input, String url, String day, String lang, String title, String text)
            throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("url", url);
        o.put("outlet", "Wikinews");
        o.put("published", day);
        o.put("language", lang);
        o.put("title", title);
        o.put("body", text);
        return RawDocument.ofFile(input + ".json", JSON.writeValueAsBytes(o));
    }
}
