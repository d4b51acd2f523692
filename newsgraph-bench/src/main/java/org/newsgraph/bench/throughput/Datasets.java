/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the throughput datasets into article records: 10kGNAD ({@code test.csv.gz}: label;text, quote {@code '}, no
 * dates), English Wikinews ({@code wikinews_*.csv}: url,date,title,text) and Reuters-21578 XML
 * ({@code reut2-*.xml.gz}, read leniently as ISO-8859-1 since one file holds a stray Latin-1 byte and most lack an XML
 * declaration). Stories without text are left out.
 */
public final class Datasets {
    private static final Pattern REUTERS = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
            Pattern.DOTALL);
    private static final DateTimeFormatter REUTERS_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    private Datasets() {}

    /** The dataset's short name for the summary line. */
    public static String name(Path dataset) {
        return dataset.toAbsolutePath().normalize().getFileName().toString();
    }

    /** Reads up to {@code limit} records (0: all) and gives each to {@code sink}; stops when it returns false. */
    public static void read(Path dataset, int limit, Predicate<BenchRecord> sink) throws IOException {
        int[] n = {0};
        Predicate<BenchRecord> limited = r -> (limit <= 0 || n[0]++ < limit) && sink.test(r);
        if (Files.isRegularFile(dataset.resolve("test.csv.gz"))) {
            gnad(dataset.resolve("test.csv.gz"), limited);
        } else if (!files(dataset, "wikinews_", ".csv").isEmpty()) {
            for (Path f : files(dataset, "wikinews_", ".csv")) {
                if (!wikinews(f, limited)) {
                    return;
                }
            }
        } else if (!files(dataset, "reut2-", ".xml.gz").isEmpty()) {
            for (Path f : files(dataset, "reut2-", ".xml.gz")) {
                if (!reuters(f, limited)) {
                    return;
                }
            }
        } else {
            throw new IOException(dataset + ": not a throughput dataset (expected 10kGNAD test.csv.gz, "
                    + "wikinews_*.csv or reut2-*.xml.gz)");
        }
    }

    private static List<Path> files(Path dir, String prefix, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Reader gzip(Path f, java.nio.charset.Charset cs) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), cs));
    }

    private static void gnad(Path f, Predicate<BenchRecord> sink) throws IOException {
        try (Reader r = gzip(f, StandardCharsets.UTF_8)) {
            CsvRecords csv = new CsvRecords(r, ';', '\'');
            int row = 0;
            for (List<String> rec = csv.next(); rec != null; rec = csv.next()) {
                row++;
                if (rec.size() >= 2 && !rec.get(1).isBlank() && !sink.test(new BenchRecord(f.getFileName() + ":" + row,
                        null, "DER STANDARD", null, "de", null, List.of(rec.get(1).strip())))) {
                    return;
                }
            }
        }
    }

    private static boolean wikinews(Path f, Predicate<BenchRecord> sink) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            CsvRecords csv = new CsvRecords(r, ',', '"');
            csv.next(); // header: url,date,title,text
            int row = 1;
            for (List<String> rec = csv.next(); rec != null; rec = csv.next()) {
                row++;
                if (rec.size() < 4 || rec.get(3).isBlank()) {
                    continue;
                }
                List<String> body = new ArrayList<>();
                for (String p : rec.get(3).split("\\n\\s*\\n")) {
                    if (!p.isBlank()) {
                        body.add(p.strip());
                    }
                }
                if (!sink.test(new BenchRecord(f.getFileName() + ":" + row, rec.get(0), "Wikinews",
                        LocalDate.parse(rec.get(1)), "en", rec.get(2), body))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean reuters(Path f, Predicate<BenchRecord> sink) throws IOException {
        String xml;
        try (Reader r = gzip(f, StandardCharsets.ISO_8859_1)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1 << 16];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            xml = sb.toString();
        }
        Matcher m = REUTERS.matcher(xml);
        while (m.find()) {
            String doc = m.group(2);
            String body = element(doc, "BODY");
            String title = element(doc, "TITLE");
            if ((body == null || body.isBlank()) && (title == null || title.isBlank())) {
                continue;
            }
            if (!sink.test(new BenchRecord(f.getFileName() + "#" + m.group(1), null, "Reuters",
                    reutersDate(element(doc, "DATE")), "en", title, paragraphs(body)))) {
                return false;
            }
        }
        return true;
    }

    private static String element(String doc, String name) {
        int s = doc.indexOf("<" + name + ">");
        int e = doc.indexOf("</" + name + ">");
        return s < 0 || e < s ? null : unescape(doc.substring(s + name.length() + 2, e));
    }

    /** Wire paragraphs start with an indented line; lines inside a paragraph are joined; the "Reuter" sign-off goes. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        String b = body.replaceAll("\\s*Reuter\\s*$", "");
        for (String p : b.split("\\n(?=\\s{2,})")) {
            String joined = p.replaceAll("\\s*\\n\\s*", " ").strip();
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    private static LocalDate reutersDate(String s) {
        if (s == null) {
            return null;
        }
        String day = s.strip().split(" ")[0];
        try {
            return LocalDate.parse(day, REUTERS_DATE);
        } catch (DateTimeParseException e) {
            return null; // a handful of stories carry garbled dates: they stay undated
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#3;", "")
                .replace("&amp;", "&");
    }
}
