/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

/**
 * A partner of an actor.
 *
 * @param id         the partner's actor id
 * @param label      its name in the reader's language
 * @param clusters   real-world events between the two (either direction)
 * @param score      their mean cooperation–conflict weight, 0 when none
 * @param coMentions articles naming both
 */
public record PartnerRow(String id, String label, long clusters, double score, long coMentions) {}
