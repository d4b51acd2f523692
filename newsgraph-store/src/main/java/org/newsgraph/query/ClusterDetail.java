/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.List;

/**
 * A real-world event and every report of it, in cluster order (the first is the anchor).
 *
 * @param cluster the event
 * @param reports its reports
 */
public record ClusterDetail(ClusterRow cluster, List<EventRow> reports) {}
