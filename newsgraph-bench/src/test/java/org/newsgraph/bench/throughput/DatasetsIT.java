/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.DataDir;

/** Reads the real throughput datasets from ../shared/data (skipped when absent). */
class DatasetsIT {
    private static List<BenchRecord> read(String dataset) throws Exception {
        Path p = DataDir.dataset(dataset).orElse(null);
        Assumptions.assumeTrue(p != null, "../shared/data/" + dataset + " absent: skipped");
        List<BenchRecord> out = new ArrayList<>();
        Datasets.read(p, 0, out::add);
        return out;
    }

    @Test
    void readsEveryStoryOfTheThroughputDatasets() throws Exception {
        List<BenchRecord> gnad = read("news/de-10kgnad-testsplit");
        assertEquals(1028, gnad.size());
        assertTrue(gnad.stream().allMatch(r -> r.published() == null && "de".equals(r.language())));
        List<BenchRecord> wiki = read("news/en-wikinews-2019-2020");
        assertEquals(295, wiki.size());
        assertEquals(LocalDate.of(2019, 1, 4), wiki.get(0).published());
        List<BenchRecord> reuters = read("news/en-reuters21578-xml");
        assertTrue(reuters.size() >= 19_043 && reuters.size() <= 21_578, "stories: " + reuters.size());
        assertEquals(LocalDate.of(1987, 2, 26), reuters.get(0).published());
        assertEquals("BAHIA COCOA REVIEW", reuters.get(0).title());
        assertTrue(reuters.stream().anyMatch(r -> r.name().startsWith("reut2-017")), "the Latin-1 file is read");
    }
}
