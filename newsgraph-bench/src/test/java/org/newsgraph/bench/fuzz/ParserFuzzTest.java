/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz tests of every parser of outside data. In {@code mvn verify} they run as regression tests (Jazzer's JUnit
 * integration with its bug detectors installed): on the empty input, on every file of
 * {@code ParserFuzzTestInputs/<target>/} (the project's seeds and every crash found so far, each a regression
 * fixture), and on a few seeds made from the real pages in {@code ../shared/data/extraction/} (skipped when absent).
 * With {@code JAZZER_FUZZ=1} one of them fuzzes (one per JVM, Jazzer's rule); {@code newsgraph bench fuzz} runs the
 * long campaigns. Each asserts that only a typed error escapes and that no input takes longer than
 * {@link #BUDGET_NANOS} of CPU.
 */
class ParserFuzzTest {
    /** Real-fixture seeds per target in the regression run (the bench takes hundreds). */
    private static final int REAL_SEEDS = 12;
    private static final int MAX_LEN = 64 * 1024;
    /** Twice the HTML reader's per-document time budget: a parser that ignores its budget fails here. */
    static final long BUDGET_NANOS = 6_000_000_000L;

    static void check(FuzzTarget target, byte[] data) {
        FuzzCheck.Outcome o = FuzzCheck.run(target, data);
        if (o.kind() == FuzzCheck.Kind.CRASH) {
            throw new AssertionError(target.id() + ": an untyped error escaped the parser: "
                    + FuzzCheck.signature(o.error()), o.error());
        }
        if (o.cpuNanos() > BUDGET_NANOS) {
            throw new AssertionError(target.id() + ": an input of " + data.length + " bytes took "
                    + o.cpuNanos() / 1_000_000 + " ms of CPU");
        }
    }

    static Stream<Arguments> seeds(FuzzTarget target) throws IOException {
        return new FuzzSeeds(org.newsgraph.bench.DataDir.find(), java.util.Optional.empty(), MAX_LEN, REAL_SEEDS)
                .fromData(target).stream().map(b -> Arguments.of((Object) Arrays.copyOf(b, Math.min(b.length,
                        MAX_LEN))));
    }

    static Stream<Arguments> htmlSeeds() throws IOException {
        return seeds(FuzzTarget.HTML);
    }

    static Stream<Arguments> textSeeds() throws IOException {
        return seeds(FuzzTarget.TEXT);
    }

    static Stream<Arguments> jsonSeeds() throws IOException {
        return seeds(FuzzTarget.JSON);
    }

    static Stream<Arguments> jsonlSeeds() throws IOException {
        return seeds(FuzzTarget.JSONL);
    }

    static Stream<Arguments> feedSeeds() throws IOException {
        return seeds(FuzzTarget.FEED);
    }

    static Stream<Arguments> feedlistSeeds() throws IOException {
        return seeds(FuzzTarget.FEEDLIST);
    }

    static Stream<Arguments> sitemapSeeds() throws IOException {
        return seeds(FuzzTarget.SITEMAP);
    }

    static Stream<Arguments> warcSeeds() throws IOException {
        return seeds(FuzzTarget.WARC);
    }

    @MethodSource("htmlSeeds")
    @FuzzTest(maxDuration = "60s")
    void html(byte[] data) {
        check(FuzzTarget.HTML, data);
    }

    @MethodSource("textSeeds")
    @FuzzTest(maxDuration = "60s")
    void text(byte[] data) {
        check(FuzzTarget.TEXT, data);
    }

    @MethodSource("jsonSeeds")
    @FuzzTest(maxDuration = "60s")
    void json(byte[] data) {
        check(FuzzTarget.JSON, data);
    }

    @MethodSource("jsonlSeeds")
    @FuzzTest(maxDuration = "60s")
    void jsonl(byte[] data) {
        check(FuzzTarget.JSONL, data);
    }

    @MethodSource("feedSeeds")
    @FuzzTest(maxDuration = "60s")
    void feed(byte[] data) {
        check(FuzzTarget.FEED, data);
    }

    @MethodSource("feedlistSeeds")
    @FuzzTest(maxDuration = "60s")
    void feedlist(byte[] data) {
        check(FuzzTarget.FEEDLIST, data);
    }

    @MethodSource("sitemapSeeds")
    @FuzzTest(maxDuration = "60s")
    void sitemap(byte[] data) {
        check(FuzzTarget.SITEMAP, data);
    }

    @FuzzTest(maxDuration = "60s")
    void robots(byte[] data) {
        check(FuzzTarget.ROBOTS, data);
    }

    @MethodSource("warcSeeds")
    @FuzzTest(maxDuration = "60s")
    void warc(byte[] data) {
        check(FuzzTarget.WARC, data);
    }
}
