/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application carries neither the benches nor the peer extractors and the fuzzer they use (the bench artifact
 * does).
 */
class ClassPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"org.newsgraph.bench.cli.BenchMain", "org.newsgraph.bench.api.ApiBench",
        "org.newsgraph.bench.fuzz.FuzzBench", "org.newsgraph.bench.crash.CrashBench",
        "net.dankito.readability4j.Readability4J", "de.l3s.boilerpipe.extractors.ArticleExtractor",
        "com.code_intelligence.jazzer.api.FuzzedDataProvider"})
    void isNotOnTheApplicationsClassPath(String name) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(name));
    }
}
