/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A benchmark dataset read into memory: its pages and a fresh scorer of its own metric. The kind is told by the gold
 * file in the folder: {@code ground-truth.json} (ScrapingHub AEB), {@code evaldata.json} (trafilatura),
 * {@code ground_truth.json} (fundus) or {@code eval_default.json} with {@code manifest.tsv} (htmldate).
 *
 * @param name   the folder's name, printed as {@code dataset=}
 * @param pages  the pages in gold order
 * @param scorer a new scorer per call (null for the date dataset)
 * @param dates  the gold publication day per page id (date dataset only, else empty)
 */
public record ExtractionDataset(String name, List<Page> pages, Supplier<Scorer> scorer, Map<String, LocalDate> dates) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the dataset in {@code dir}; {@code limit} &gt; 0 keeps only the first pages. */
    public static ExtractionDataset load(Path dir, int limit) throws IOException {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        if (Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            return aeb(dir, name, limit);
        }
        if (Files.isRegularFile(dir.resolve("evaldata.json"))) {
            return trafilatura(dir, name, limit);
        }
        if (Files.isRegularFile(dir.resolve("ground_truth.json"))) {
            return fundus(dir, name, limit);
        }
        if (Files.isRegularFile(dir.resolve("eval_default.json"))) {
            return htmldate(dir, name, limit);
        }
        throw new IOException(dir + ": not an extraction dataset (no ground-truth.json, evaldata.json, "
                + "ground_truth.json or eval_default.json)");
    }

    private static ExtractionDataset aeb(Path dir, String name, int limit) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        PageFiles files = new PageFiles(dir.resolve("html"));
        List<Page> pages = new ArrayList<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (var it = gold.fields(); it.hasNext() && under(limit, pages);) {
            var e = it.next();
            Path p = require(files, e.getKey() + ".html.gz", dir);
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), PageFiles.gunzip(p)));
            bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
        }
        return new ExtractionDataset(name, pages, () -> new ShingleScorer(bodies), Map.of());
    }

    private static ExtractionDataset trafilatura(Path dir, String name, int limit) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("evaldata.json").toFile());
        PageFiles files = new PageFiles(dir.resolve("html/cache"), dir.resolve("html/eval"));
        List<Page> pages = new ArrayList<>();
        Map<String, SnippetScorer.Snippets> snippets = new LinkedHashMap<>();
        for (var it = gold.fields(); it.hasNext() && under(limit, pages);) {
            var e = it.next();
            String file = e.getValue().path("file").asText();
            Path p = require(files, file + ".gz", dir);
            pages.add(new Page(file, e.getKey(), PageFiles.gunzip(p)));
            snippets.put(file, new SnippetScorer.Snippets(strings(e.getValue().get("with")),
                    strings(e.getValue().get("without"))));
        }
        return new ExtractionDataset(name, pages, () -> new SnippetScorer(snippets), Map.of());
    }

    private static ExtractionDataset fundus(Path dir, String name, int limit) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("ground_truth.json").toFile());
        PageFiles files = new PageFiles(dir.resolve("html"));
        List<Page> pages = new ArrayList<>();
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        for (var it = gold.fields(); it.hasNext() && under(limit, pages);) {
            var e = it.next();
            Path p = require(files, e.getKey(), dir);
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), PageFiles.gunzip(p)));
            bodies.put(e.getKey(), strings(e.getValue().get("body")));
        }
        return new ExtractionDataset(name, pages, () -> new RougeScorer(bodies), Map.of());
    }

    /** The htmldate set: the manifest maps each gold entry to a file here or in the sibling trafilatura folder. */
    private static ExtractionDataset htmldate(Path dir, String name, int limit) throws IOException {
        Path root = dir.toAbsolutePath().normalize().getParent();
        List<String> lines = Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        List<Page> pages = new ArrayList<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<Path, PageFiles> folders = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!under(limit, pages) || line.isBlank()) {
                break;
            }
            String[] f = line.split("\t");
            Path rel = Path.of(f[0]);
            Path folder = root.resolve(rel).getParent();
            PageFiles files = folders.computeIfAbsent(folder, x -> {
                try {
                    return new PageFiles(x);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Path p = require(files, rel.getFileName().toString(), folder);
            pages.add(new Page(f[0], f[1], PageFiles.gunzip(p)));
            dates.put(f[0], LocalDate.parse(f[2]));
        }
        return new ExtractionDataset(name, pages, null, dates);
    }

    private static boolean under(int limit, List<Page> pages) {
        return limit <= 0 || pages.size() < limit;
    }

    private static Path require(PageFiles files, String file, Path dir) throws IOException {
        Path p = files.find(file);
        if (p == null) {
            throw new IOException(dir + ": page file missing: " + file);
        }
        return p;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
