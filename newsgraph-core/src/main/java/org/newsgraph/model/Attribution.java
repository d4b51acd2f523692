/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * Who says an event happened.
 *
 * @param entity actor id of the source, or {@code null}
 * @param text   the source as written ("«New York Times»")
 * @param cue    the attribution cue ("berichtet", "nach", "according to")
 * @param claim  id of the claim the event sits in, or {@code null}
 * @param inner  the source the attributed party cites in turn ("Geheimdienstinformationen"), or {@code null}
 */
public record Attribution(String entity, String text, String cue, String claim, Argument inner) {}
