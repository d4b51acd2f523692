/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.bench.DataDir;

/**
 * The seed corpus of a target: the real pages and gold texts of {@code ../shared/data/extraction/} (read in place;
 * left out when absent), shapes built from them (records, feeds, sitemaps and WARC files around real URLs, titles
 * and pages), and the project's own fixtures (the core tests' feeds, sitemaps and pages, and each fuzz test's
 * inputs folder). Every seed is cut to the run's maximum input length.
 */
public final class FuzzSeeds {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile(
            "(?is)<(script|style|svg)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final String OWN_INPUTS = "newsgraph-bench/src/test/resources/org/newsgraph/bench/fuzz/"
            + "ParserFuzzTestInputs/";

    private final Optional<Path> data;
    private final Optional<Path> project;
    private final int maxLen;
    private final int maxSeeds;

    /**
     * @param data     the data folder ({@code ../shared/data}), if present
     * @param project  the project's root (for its own fixtures), if found
     * @param maxLen   the longest seed in bytes
     * @param maxSeeds the most seeds per target taken from the real fixtures
     */
    public FuzzSeeds(Optional<Path> data, Optional<Path> project, int maxLen, int maxSeeds) {
        this.data = data;
        this.project = project;
        this.maxLen = maxLen;
        this.maxSeeds = maxSeeds;
    }

    /** Seeds from the data folder and project found from the working directory and this class's location. */
    public static FuzzSeeds standard(int maxLen, int maxSeeds) {
        return new FuzzSeeds(DataDir.find(), projectRoot(), maxLen, maxSeeds);
    }

    /** The project root: the nearest folder above the working directory or this code that holds the modules. */
    public static Optional<Path> projectRoot() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            starts.add(Path.of(FuzzSeeds.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) { // NOPMD: no code source (an unusual class loader): the working directory is enough
            // nothing to add
        }
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("newsgraph-core/src/test/resources"))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Writes the target's seeds into {@code dir} (created); returns how many. */
    public int write(FuzzTarget target, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<byte[]> seeds = seeds(target);
        for (int i = 0; i < seeds.size(); i++) {
            byte[] s = seeds.get(i);
            Files.write(dir.resolve(String.format("seed-%05d", i)), s.length > maxLen ? Arrays.copyOf(s, maxLen) : s);
        }
        return seeds.size();
    }

    /** The seeds of a target, in a fixed order: the project's own fixtures, then those from the data folder. */
    public List<byte[]> seeds(FuzzTarget target) throws IOException {
        List<byte[]> out = new ArrayList<>(own(target));
        out.addAll(fromData(target));
        return out;
    }

    /** The seeds made from the real fixtures of the data folder (none when it is absent). */
    public List<byte[]> fromData(FuzzTarget target) throws IOException {
        List<byte[]> out = new ArrayList<>();
        List<Page> pages = target == FuzzTarget.TEXT || target == FuzzTarget.JSON || target == FuzzTarget.JSONL
                ? gold() : pages();
        switch (target) {
            case HTML -> pages.forEach(p -> out.add(withoutScripts(p.html())));
            case TEXT -> pages.forEach(p -> out.add((p.title() + "\n\n" + p.body()).getBytes(StandardCharsets.UTF_8)));
            case JSON -> pages.forEach(p -> out.add(record(p)));
            case JSONL -> out.addAll(jsonl(pages));
            case FEED -> out.addAll(SeedShapes.feeds(pages));
            case FEEDLIST -> out.add(SeedShapes.opml(pages));
            case SITEMAP -> out.addAll(SeedShapes.sitemaps(pages));
            case WARC -> out.addAll(SeedShapes.warcs(pages, maxLen));
            case ROBOTS -> { } // robots.txt files come from the project's own inputs only
            default -> throw new IllegalStateException("no seeds for " + target);
        }
        return out;
    }

    /** A real page: its URL, its HTML, and its gold title and body where the dataset has them. */
    record Page(String url, byte[] html, String title, String body) {}

    /** Up to {@code maxSeeds} pages, spread evenly over the extraction datasets' pages (sorted by path). */
    List<Page> pages() throws IOException {
        if (data.isEmpty() || !Files.isDirectory(data.get().resolve("extraction/scrapinghub-aeb"))) {
            return List.of();
        }
        Path aeb = data.get().resolve("extraction/scrapinghub-aeb");
        JsonNode gold = JSON.readTree(aeb.resolve("ground-truth.json").toFile());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data.get().resolve("extraction"))) {
            files = walk.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        List<Page> out = new ArrayList<>();
        int step = Math.max(1, files.size() / Math.max(1, maxSeeds));
        for (int i = 0; i < files.size() && out.size() < maxSeeds; i += step) {
            Path f = files.get(i);
            String id = f.getFileName().toString().replace(".html.gz", "");
            JsonNode g = gold.get(id);
            byte[] html = gunzip(f);
            String body = g == null ? null : g.path("articleBody").asText(null);
            String url = g == null ? "https://" + id.replace('_', '.').toLowerCase(java.util.Locale.ROOT)
                    + ".example/article.html" : g.path("url").asText();
            String title = body == null ? id : firstSentence(body);
            out.add(new Page(url, html, title, body));
        }
        return out;
    }

    /** Up to {@code maxSeeds} gold articles of scrapinghub-aeb (URL and body; the title is the first sentence). */
    List<Page> gold() throws IOException {
        if (data.isEmpty() || !Files.isRegularFile(data.get().resolve("extraction/scrapinghub-aeb/ground-truth.json"))) {
            return List.of();
        }
        JsonNode gold = JSON.readTree(data.get().resolve("extraction/scrapinghub-aeb/ground-truth.json").toFile());
        List<String> ids = new ArrayList<>();
        gold.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        List<Page> out = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), maxSeeds))) {
            String body = gold.get(id).path("articleBody").asText("");
            if (!body.isBlank()) {
                out.add(new Page(gold.get(id).path("url").asText(), null, firstSentence(body), body));
            }
        }
        return out;
    }

    private List<byte[]> own(FuzzTarget target) throws IOException {
        List<byte[]> out = new ArrayList<>();
        if (project.isEmpty()) {
            return out;
        }
        Path root = project.get();
        List<Path> dirs = new ArrayList<>(List.of(root.resolve(OWN_INPUTS + target.id())));
        Path core = root.resolve("newsgraph-core/src/test/resources");
        switch (target) {
            case HTML -> dirs.addAll(List.of(core.resolve("html"), core.resolve("encodings")));
            case TEXT -> dirs.add(core.resolve("text"));
            case FEED, FEEDLIST -> dirs.add(core.resolve("feeds"));
            case SITEMAP -> dirs.add(core.resolve("sitemaps"));
            default -> { }
        }
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.add(Files.readAllBytes(f));
                    }
                }
            }
        }
        return out;
    }

    private static byte[] record(Page p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("url", p.url()).put("title", p.title()).put("published", "2019-11-19").put("body", p.body());
        n.putArray("authors").add("Gold Reporter");
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> jsonl(List<Page> pages) {
        List<byte[]> out = new ArrayList<>();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int lines = 0;
        for (Page p : pages) {
            if (p.body() == null) {
                continue;
            }
            file.writeBytes(record(p));
            file.write('\n');
            if (++lines % 8 == 0) {
                out.add(file.toByteArray());
                file.reset();
            }
        }
        return out;
    }

    /**
     * The page without scripts, styles, SVG and comments (read as Latin-1, byte for byte), so that a seed cut to the
     * maximum length keeps some of the body: the reader drops these first anyway.
     */
    static byte[] withoutScripts(byte[] html) {
        String s = new String(html, StandardCharsets.ISO_8859_1);
        s = NOISE.matcher(s).replaceAll("");
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String firstSentence(String body) {
        String s = body.strip();
        int end = s.indexOf(". ");
        return (end > 0 && end < 200 ? s.substring(0, end + 1) : s.substring(0, Math.min(s.length(), 120))).strip();
    }

    private static byte[] gunzip(Path f) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return in.readAllBytes();
        }
    }
}
