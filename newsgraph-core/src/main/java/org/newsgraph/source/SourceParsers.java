/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.RawDocument;

/**
 * The parsers of outside data that the collector uses internally (robots.txt, WARC), reachable with bytes in memory,
 * for the fuzz targets and for tools. They never throw for bad input: robots.txt is read leniently, and a WARC
 * file's problems are reported as failures, as the collector reports them.
 */
public final class SourceParsers {
    /**
     * What a WARC file yielded.
     *
     * @param documents the HTML responses handed on, in file order
     * @param failures  one message per damaged or unreadable record, naming the file and byte offset
     * @param skipped   records left out, by reason (redirects, non-HTML payloads, …)
     */
    public record WarcContent(List<RawDocument> documents, List<String> failures, Map<String, Long> skipped) {
        public WarcContent {
            documents = List.copyOf(documents);
            failures = List.copyOf(failures);
            skipped = Map.copyOf(skipped);
        }
    }

    private SourceParsers() {}

    /** The rules a robots.txt body gives Newsgraph's robot, as the collector reads them. */
    public static BaseRobotRules robots(String url, byte[] body, String contentType) {
        return RobotsCache.parse(url, body, contentType);
    }

    /** Reads a whole WARC (or WARC.gz) file from memory, every record accepted, as the collector reads files. */
    public static WarcContent warc(String name, byte[] bytes, SourceSettings settings) {
        List<RawDocument> docs = new ArrayList<>();
        SourceStats stats = new SourceStats();
        Documents documents = new Documents((doc, hints) -> docs.add(doc), stats, Integer.MAX_VALUE);
        new WarcSource(settings).read(name, Channels.newChannel(new ByteArrayInputStream(bytes)), WarcFilter.ALL,
                documents, stats);
        SourceStats.Counts counts = stats.counts();
        return new WarcContent(docs, counts.failureMessages(), counts.skipped());
    }
}
