/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The pipeline as an Apache Spark job ({@link org.newsgraph.spark.NewsgraphJob}): WARC(.gz), JSONL and single-document
 * inputs are read on the executors, each executor JVM runs the one {@code Pipelines.standard()} pipeline (built lazily
 * there, never broadcast) over its partitions, and the store's tables are written as Parquet partitioned by language
 * and month; a second stage derives syndication groups, actors, event clusters and dyads with the store's own rule
 * code. May use core, store and Spark; nothing here is on the application's class path.
 */
package org.newsgraph.spark;
