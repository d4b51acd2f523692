/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.newsgraph.bench.throughput.CsvRecords;
import org.newsgraph.error.InputIoException;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Paragraph;

/**
 * The articles of the real-text gold ({@code gold/real/articles.tsv}), with their texts read in place from the shared
 * data: English from {@code news/en-wikinews-2019-2020/wikinews_*.csv} by URL, German from the {@code train/} or
 * {@code dev/} entry of {@code news/de-wikinews-quotation-attribution/data.tar.gz}. Nothing is copied.
 */
public final class RealArticles {
    static final String EN_DIR = "news/en-wikinews-2019-2020";
    static final String DE_TAR = "news/de-wikinews-quotation-attribution/data.tar.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article: its gold id, language, split, where its text lives, publication day, title and text. */
    public record RealArticle(String id, String language, String split, String ref, LocalDate published, String title,
            String text) {
        /** The article as the pipeline reads it: title, then one paragraph per block of text. */
        public Article article() {
            List<Paragraph> body = new ArrayList<>();
            String sep = "en".equals(language) ? "\\n\\s*\\n" : "\\n";
            for (String p : text.split(sep)) {
                if (!p.isBlank()) {
                    body.add(Paragraph.of(p.strip()));
                }
            }
            return Article.builder().id("real-" + id).title(title).body(body).language(language)
                    .published(published, DateMethod.RECORD).outlet("Wikinews").extraction("real-gold").build();
        }
    }

    private RealArticles() {}

    /** The listed articles of {@code split} ("dev", "test" or "all") with their texts, in list order. */
    public static List<RealArticle> read(Path data, String split) throws InputIoException {
        List<String[]> rows = GoldRows.read("articles.tsv", 6);
        Map<String, String[]> en = englishTexts(data.resolve(EN_DIR));
        Map<String, String> de = germanTexts(data.resolve(DE_TAR),
                rows.stream().filter(r -> "de".equals(r[1])).map(r -> r[3]).toList());
        List<RealArticle> out = new ArrayList<>();
        for (String[] r : rows) {
            if (!"all".equals(split) && !split.equals(r[2])) {
                continue;
            }
            String text = "en".equals(r[1]) ? field(en.get(r[3]), 3) : de.get(r[3]);
            if (text == null) {
                throw new InputIoException(r[3], "article " + r[0] + " of gold/real/articles.tsv not found in " + data);
            }
            out.add(new RealArticle(r[0], r[1], r[2], r[3], LocalDate.parse(r[4]), r[5], text));
        }
        return out;
    }

    private static String field(String[] row, int i) {
        return row == null ? null : row[i];
    }

    /** url → url,date,title,text of every English Wikinews article. */
    private static Map<String, String[]> englishTexts(Path dir) throws InputIoException {
        Map<String, String[]> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("wikinews_.*\\.csv")).sorted().toList();
        } catch (IOException e) {
            throw new InputIoException(dir.toString(), "cannot list the English Wikinews files: " + e.getMessage());
        }
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                CsvRecords csv = new CsvRecords(r, ',', '"');
                csv.next();
                for (List<String> rec = csv.next(); rec != null; rec = csv.next()) {
                    if (rec.size() >= 4) {
                        out.put(rec.get(0), rec.toArray(String[]::new));
                    }
                }
            } catch (IOException e) {
                throw new InputIoException(f.toString(), "cannot read: " + e.getMessage());
            }
        }
        return out;
    }

    /** "split/file name" → originalText, for the wanted entries of the German corpus archive. */
    private static Map<String, String> germanTexts(Path tar, List<String> wanted) throws InputIoException {
        Map<String, String> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tar));
                TarArchiveInputStream t = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            TarArchiveEntry e;
            while ((e = t.getNextEntry()) != null) {
                String[] parts = e.getName().split("/");
                if (!e.isFile() || parts.length < 2) {
                    continue;
                }
                String key = parts[parts.length - 2] + "/" + parts[parts.length - 1];
                if (wanted.contains(key)) {
                    out.put(key, JSON.readTree(t.readAllBytes()).get("originalText").asText());
                }
            }
        } catch (IOException e) {
            throw new InputIoException(tar.toString(), "cannot read the German Wikinews archive: " + e.getMessage());
        }
        return out;
    }
}
