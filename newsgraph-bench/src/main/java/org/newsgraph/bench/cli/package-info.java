/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * {@code newsgraph bench TASK}: the evaluations and speed measurements, in the bench artifact
 * ({@code newsgraph-bench/target/newsgraph-bench.jar}, which the launcher runs for {@code bench}), so that neither the
 * bench code nor the peer extractors it compares with are on the application's class path.
 */
package org.newsgraph.bench.cli;
