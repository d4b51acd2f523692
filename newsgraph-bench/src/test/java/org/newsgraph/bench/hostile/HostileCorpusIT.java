/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.store.ArticleAnalyzer;
import org.newsgraph.store.IngestSummary;

/**
 * The malformed corpus, small enough for CI (every hostile kind twice, the 100 MB line once, 30 good documents),
 * through the real readers, collector, pipeline and store: every good document stored, every bad one reported with
 * a reason, no external entity resolved, and the exit code of a successful ingest. {@code newsgraph bench hostile}
 * runs the full size (1,000 and 1,000).
 */
class HostileCorpusIT {
    @TempDir
    Path dir;

    @Test
    void everyGoodDocumentIsStoredAndEveryBadOneReported() throws Exception {
        int kinds = HostileCorpus.Kind.values().length;
        HostileIngest.Report r = HostileIngest.run(dir, 30, 2 * kinds - 1, 7, 100,
                ArticleAnalyzer.of(Pipelines.standard()), 2);
        IngestSummary s = r.summary();
        String failures = String.join("\n", s.failures().stream().map(f -> f.input() + ": " + f.reason()).toList());
        assertEquals(r.goodDocs(), s.stored(), "every good document stored; failures:\n" + failures);
        assertEquals(0, s.duplicates());
        assertTrue(r.unreported().isEmpty(), "bad inputs without a reason: " + r.unreported());
        assertTrue(r.unexpected().isEmpty(), "failures of good documents: " + r.unexpected());
        assertEquals(s.failed(), s.failures().size(), "every failure listed");
        assertTrue(s.failed() >= r.badInputs(), "each bad input at least once: " + s.failed());
        assertEquals(0, r.leaks(), "the canary file's secret never stored nor echoed");
        assertEquals(0, r.entityRequests(), "no external entity fetched");
        assertEquals(0, r.exit());
        assertTrue(failures.contains("line longer than 64 MiB"), failures);
        assertTrue(failures.contains("not valid UTF-8"), failures);
        assertTrue(failures.contains("nested deeper than 512"), failures);
        assertTrue(failures.contains("DOCTYPE is disallowed") || failures.contains("malformed sitemap"), failures);
    }
}
