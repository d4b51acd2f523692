/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.fuzz;

import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.NewsgraphException;
import org.newsgraph.extract.ArticleRecordReader;
import org.newsgraph.extract.DocumentReader;
import org.newsgraph.extract.HtmlArticleReader;
import org.newsgraph.extract.PlainTextReader;
import org.newsgraph.model.RawDocument;
import org.newsgraph.source.FeedList;
import org.newsgraph.source.FeedParser;
import org.newsgraph.source.SitemapReader;
import org.newsgraph.source.SourceParsers;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.store.InputFiles;

/**
 * A parser of outside data as a fuzz target: bytes in, the parser's result (discarded) or a typed error
 * ({@link NewsgraphException}) out. Anything else that escapes is a crash. Each target calls the parser the way the
 * application does, with the same limits. Thread-safe: the parsers keep no state between calls.
 */
public enum FuzzTarget {
    /** A web page through the document reader and HTML extraction (charset sniffing, prescan, cascade). */
    HTML("") {
        private final DocumentReader reader = new DocumentReader(new HtmlArticleReader());

        @Override
        public void parse(byte[] data) throws NewsgraphException {
            reader.read(new RawDocument("fuzz.html", data, "https://fuzz.example/news/a.html", "text/html", null,
                    Map.of(), "file"));
        }
    },
    /** A plain-text article (strict UTF-8, headline, kicker and lead). */
    TEXT("") {
        private final PlainTextReader reader = new PlainTextReader();

        @Override
        public void parse(byte[] data) throws NewsgraphException {
            reader.read(RawDocument.ofFile("fuzz.txt", data));
        }
    },
    /** One JSON article record. */
    JSON("com.fasterxml.jackson.core.**") {
        private final ArticleRecordReader reader = new ArticleRecordReader();

        @Override
        public void parse(byte[] data) throws NewsgraphException {
            reader.read(RawDocument.ofFile("fuzz.json", data));
        }
    },
    /** A JSONL file: split into lines as the ingester does, every line read as a record; a bad line fails alone. */
    JSONL("com.fasterxml.jackson.core.**") {
        private final ArticleRecordReader reader = new ArticleRecordReader();

        @Override
        public void parse(byte[] data) throws NewsgraphException {
            List<NewsgraphException> failures = new ArrayList<>();
            try {
                InputFiles.readLines("fuzz.jsonl", new ByteArrayInputStream(data), new InputFiles.Visitor() {
                    @Override
                    public void document(RawDocument doc) {
                        try {
                            reader.read(doc);
                        } catch (BadInputException e) {
                            failures.add(e);
                        }
                    }

                    @Override
                    public void failure(String input, String reason) {
                        failures.add(new BadInputException(input, reason));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("reading from memory cannot fail", e);
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
        }
    },
    /** An RSS or Atom feed (Rome, DOCTYPEs refused). */
    FEED("com.rometools.**") {
        private final FeedParser parser = new FeedParser();

        @Override
        public void parse(byte[] data) throws NewsgraphException {
            parser.parse("https://fuzz.example/feed.xml", data);
        }
    },
    /** An OPML file or URL list of feeds. */
    FEEDLIST("") {
        @Override
        public void parse(byte[] data) throws NewsgraphException {
            FeedList.parse("fuzz.opml", data);
        }
    },
    /** A sitemap, sitemap index or news sitemap, plain or gzipped (crawler-commons). */
    SITEMAP("crawlercommons.sitemaps.**") {
        private final SitemapReader reader = new SitemapReader();

        @Override
        public void parse(byte[] data) throws NewsgraphException {
            boolean gzip = data.length > 1 && (data[0] & 0xFF) == 0x1F && (data[1] & 0xFF) == 0x8B;
            reader.parse("https://fuzz.example/sitemap.xml", data, gzip ? "application/gzip" : "text/xml");
        }
    },
    /** A robots.txt body, and the questions the collector asks of its rules. */
    ROBOTS("crawlercommons.robots.**") {
        @Override
        public void parse(byte[] data) {
            BaseRobotRules rules = SourceParsers.robots("https://fuzz.example/robots.txt", data, "text/plain");
            rules.isAllowed("https://fuzz.example/news/2024/a.html?x=1");
            rules.getCrawlDelay();
        }
    },
    /** A WARC or WARC.gz file read from memory, every record accepted; problems are reported, never thrown. */
    WARC("org.netpreserve.jwarc.**") {
        private final SourceSettings settings = SourceSettings.defaults();

        @Override
        public void parse(byte[] data) {
            SourceParsers.warc("fuzz.warc", data, settings);
        }
    };

    private final String library;

    FuzzTarget(String library) {
        this.library = library;
    }

    /**
     * The packages Jazzer instruments for coverage feedback: ours, and the library the target drives where our own
     * code does little (robots.txt, sitemaps, feeds, WARC, JSON). jsoup is left out: instrumented, HTML fuzzing ran
     * about ten times slower on the 2-core machine, and jsoup is fuzzed by its own project.
     */
    public String instrumentation() {
        return library.isEmpty() ? "org.newsgraph.**" : "org.newsgraph.**:" + library;
    }

    /**
     * Parses the data as the application does.
     *
     * @throws NewsgraphException the parser's typed error for bad input (expected; counted, not a finding)
     */
    public abstract void parse(byte[] data) throws NewsgraphException;

    /** The target's name on the command line: {@code html}, {@code feed}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The target named {@code id} (case-insensitive). */
    public static FuzzTarget of(String id) {
        for (FuzzTarget t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("no fuzz target '" + id + "'; targets: " + ids());
    }

    /** Every target's name, comma-separated. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (FuzzTarget t : values()) {
            sb.append(sb.length() == 0 ? "" : ",").append(t.id());
        }
        return sb.toString();
    }
}
