/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.RawDocument;

/**
 * The seed article, read in place from ../shared/seeds (system property {@code newsgraph.seeds}); a test that needs it
 * is skipped when it is absent. Its analysis by the standard pipeline is made once per test JVM and shared.
 */
public final class SeedArticle {
    private static Analysis analysis;

    private SeedArticle() {}

    /** The seed's file; skips the calling test when it is missing. */
    public static Path path() {
        Path p = Path.of(System.getProperty("newsgraph.seeds", "../../shared/seeds"), "de-kim-russland-2023-09.txt");
        assumeTrue(Files.isRegularFile(p), "seed article not found at " + p + ": skipping");
        return p;
    }

    /** The seed analysed as German, published on 2023-09-11. */
    public static synchronized Analysis analysis() throws IOException, BadInputException {
        if (analysis == null) {
            Path p = path();
            analysis = Pipelines.standard().analyze(RawDocument.ofFile(p.getFileName().toString(),
                    Files.readAllBytes(p)), new InputHints(null, null, LocalDate.of(2023, 9, 11), "de"));
        }
        return analysis;
    }
}
