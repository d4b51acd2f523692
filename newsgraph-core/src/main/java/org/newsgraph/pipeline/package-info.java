/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Composition of the stages into one pipeline, built in one place ({@link org.newsgraph.pipeline.Pipelines}) and
 * used by the CLI, the server and the batch jobs alike.
 */
package org.newsgraph.pipeline;
