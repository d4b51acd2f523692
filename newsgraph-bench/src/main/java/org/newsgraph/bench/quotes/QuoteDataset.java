/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads one split of the German Wikinews quotation-attribution dataset straight from its {@code data.tar.gz} (read in
 * place, never unpacked into the project), or from an unpacked {@code data/} folder.
 */
public final class QuoteDataset {
    private static final Pattern DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\.pretty\\.json$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteDataset() {}

    public static List<QuoteDoc> read(Path dataset, String split) throws IOException {
        Path tar = dataset.resolve("data.tar.gz");
        List<QuoteDoc> out = new ArrayList<>();
        if (Files.isRegularFile(tar)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(tar));
                    TarArchiveInputStream t = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
                TarArchiveEntry e;
                while ((e = t.getNextEntry()) != null) {
                    String name = e.getName();
                    if (e.isFile() && name.startsWith("data/" + split + "/") && name.endsWith(".json")) {
                        out.add(parse(name.substring(name.lastIndexOf('/') + 1), JSON.readTree(t.readAllBytes())));
                    }
                }
            }
        } else {
            Path dir = dataset.resolve("data").resolve(split);
            if (!Files.isDirectory(dir)) {
                throw new IOException(dataset + ": neither data.tar.gz nor data/" + split + "/ found");
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    out.add(parse(f.getFileName().toString(), JSON.readTree(f.toFile())));
                }
            }
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    static QuoteDoc parse(String name, JsonNode n) {
        List<int[]> tokens = new ArrayList<>();
        for (JsonNode t : n.get("tokens")) {
            tokens.add(new int[] {t.get("charBegin").asInt(), t.get("charEnd").asInt()});
        }
        List<QuoteDoc.Quotation> qs = new ArrayList<>();
        for (JsonNode a : n.get("annotations")) {
            qs.add(new QuoteDoc.Quotation(a.path("type").asText(null), a.path("medium").asText(null),
                    ids(a.get("quote")), ids(a.get("speaker")), ids(a.get("cue")), ids(a.get("addressee")),
                    ids(a.get("frame")), a.path("isNested").asBoolean(false)));
        }
        return new QuoteDoc(name, n.path("documentName").asText(name), date(name), n.get("originalText").asText(), tokens,
                qs);
    }

    private static List<Integer> ids(JsonNode role) {
        TreeSet<Integer> s = new TreeSet<>();
        if (role != null && role.has("tokenIds")) {
            role.get("tokenIds").forEach(x -> s.add(x.asInt()));
        }
        return List.copyOf(s);
    }

    private static LocalDate date(String name) {
        Matcher m = DATE.matcher(name);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(m.group(1));
            return d.getYear() < 1900 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
