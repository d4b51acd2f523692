/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Event;

/** Rows of the events and claims tables: one per report, ids qualified by the article ({@code ARTICLE:e1}). */
final class EventRows {
    private EventRows() {}

    /** The rows of the events and claims tables for one article's events and claims. */
    static void emit(String articleId, List<Event> evs, List<Claim> cls, RowSink out) {
        for (Event e : evs) {
            List<Object> row = new ArrayList<>(35);
            row.addAll(List.of(articleId + ":" + e.id(), articleId, e.id(), e.type().name()));
            row.add(e.cameo());
            row.add(e.label());
            argument(row, e.source());
            argument(row, e.target());
            argument(row, e.location());
            row.add(e.time().value());
            row.add(e.time().text());
            row.add(e.time().method().wireName());
            row.add(e.modality().wireName());
            row.add(e.certainty().wireName());
            attribution(row, articleId, e.attribution());
            row.add(e.evidence().sentence());
            row.add(e.evidence().start());
            row.add(e.evidence().end());
            row.add(e.evidence().text());
            row.add(e.confidence());
            row.add(e.method());
            out.row("events", row.toArray());
        }
        for (Claim c : cls) {
            List<Object> row = new ArrayList<>(23);
            row.addAll(List.of(articleId + ":" + c.id(), articleId, c.id()));
            argument(row, c.speaker());
            row.add(c.cue());
            row.add(c.content().start());
            row.add(c.content().end());
            row.add(c.content().text());
            row.add(c.kind().wireName());
            row.add(c.certainty().wireName());
            row.add(c.addressee() == null ? null : c.addressee().entity());
            row.add(c.addressee() == null ? null : c.addressee().text());
            row.add(c.inner() == null ? null : c.inner().entity());
            row.add(c.inner() == null ? null : c.inner().text());
            row.add(c.evidence().sentence());
            row.add(c.evidence().start());
            row.add(c.evidence().end());
            row.add(c.evidence().text());
            row.add(c.confidence());
            row.add(c.method());
            out.row("claims", row.toArray());
        }
    }

    /** Entity, text, start, end; offsets are null when the argument is not in the text (-1). */
    private static void argument(List<Object> row, Argument a) {
        row.add(a == null ? null : a.entity());
        row.add(a == null ? null : a.text());
        row.add(a == null || a.start() < 0 ? null : a.start());
        row.add(a == null || a.start() < 0 ? null : a.end());
    }

    private static void attribution(List<Object> row, String articleId, Attribution at) {
        row.add(at == null ? null : at.entity());
        row.add(at == null ? null : at.text());
        row.add(at == null ? null : at.cue());
        row.add(at == null || at.claim() == null ? null : articleId + ":" + at.claim());
        row.add(at == null || at.inner() == null ? null : at.inner().entity());
        row.add(at == null || at.inner() == null ? null : at.inner().text());
    }
}
