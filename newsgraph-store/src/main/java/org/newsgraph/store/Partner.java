/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

/**
 * A partner of an actor.
 *
 * @param id         the partner's actor id
 * @param label      its label, or {@code null}
 * @param clusters   event clusters between the two (either direction)
 * @param score      mean cooperation–conflict weight of those clusters, 0 when none
 * @param coMentions articles mentioning both
 */
public record Partner(String id, String label, long clusters, double score, long coMentions) {}
