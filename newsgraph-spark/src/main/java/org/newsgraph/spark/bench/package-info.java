/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * {@code newsgraph bench spark}: the Spark job in local mode on one and on two cores against the embedded ingest of
 * the same article records, in one process, with wall-clock and CPU time. May use the job, the store and the
 * bench module's dataset readers.
 */
package org.newsgraph.spark.bench;
