/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.dedup.EventDate;
import org.newsgraph.link.StateRollup;
import org.newsgraph.model.ArticleText;
import org.newsgraph.place.Place;
import org.newsgraph.place.PlaceResolver;

/**
 * The derived {@code event_details} table, one row per event report: its date as a day, month or year (never a raw
 * TIMEX3 value); the state or organisation each party belongs to on that date (on the article's day when the event
 * is undated), from the registry's dated roles; and its place in the gazetteer. The place is the event's own place
 * argument when it resolves (method {@code argument}), else the first place named in the evidence sentence outside
 * the parties' words (method {@code sentence}), else, for an event stated in the lead, the first place the headline
 * names (method {@code headline}).
 */
final class EventDetails {
    /** A place mention: the linked id, the words and where they are. */
    private record PlaceMention(String entity, String text, int start, int end) {}

    private EventDetails() {}

    static void refresh(Connection db, StateRollup rollup, PlaceResolver places) throws SQLException {
        Map<String, String> codes = countryCodes(db);
        Map<String, List<PlaceMention>> mentions = placeMentions(db);
        BatchInsert rows = new BatchInsert("event_details", 17);
        String sql = """
                SELECT e.id, e.article_id, e.time_value, a.published, e.source_entity, e.target_entity,
                       e.location_entity, e.location_text, e.evidence_start, e.evidence_end, e.source_start,
                       e.source_end, e.target_start, e.target_end, a.kicker, a.title, a.lead
                FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id""";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String article = rs.getString(2);
                Optional<EventDate> date = EventDate.of(rs.getString(3));
                LocalDate day = date.map(EventDate::start).orElse(rs.getObject(4, LocalDate.class));
                String source = rs.getString(5);
                String target = rs.getString(6);
                List<PlaceMention> inArticle = mentions.getOrDefault(article, List.of());
                Located where = place(places, rs.getString(7), rs.getString(8), inArticle, rs, 9);
                if (where == null) {
                    where = headline(places, inArticle, rs);
                }
                Place p = where == null ? null : where.place();
                rows.add(rs.getString(1), article, date.map(EventDate::text).orElse(null),
                        date.map(d -> d.precision().wireName()).orElse(null), date.map(EventDate::start).orElse(null),
                        date.map(EventDate::end).orElse(null),
                        rollup.stateOf(source, codes.get(article + "\u0000" + source), day),
                        rollup.stateOf(target, codes.get(article + "\u0000" + target), day),
                        p == null ? null : p.id(), p == null ? null : p.nameEn(), p == null ? null : p.nameDe(),
                        p == null ? null : p.country(), p == null ? null : p.kind().name().toLowerCase(
                                java.util.Locale.ROOT), p == null ? null : p.latitude(),
                        p == null ? null : p.longitude(), where == null ? null : where.text(),
                        where == null ? null : where.method());
            }
        }
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM event_details");
        }
        rows.flush(db);
    }

    /** A resolved place, the words it came from and how it was found. */
    private record Located(Place place, String text, String method) {}

    private static Located place(PlaceResolver places, String entity, String text, List<PlaceMention> inArticle,
            ResultSet rs, int col) throws SQLException {
        if (entity != null || text != null) {
            Optional<PlaceResolver.Resolved> r = places.resolve(entity, text);
            if (r.isPresent()) {
                return new Located(r.get().place(), text, "argument/" + r.get().method());
            }
        }
        int from = rs.getInt(col);
        if (rs.wasNull()) {
            return null;
        }
        int to = rs.getInt(col + 1);
        for (PlaceMention m : inArticle) {
            if (m.start() >= from && m.end() <= to && !inside(m, rs, col + 2) && !inside(m, rs, col + 4)) {
                Optional<PlaceResolver.Resolved> r = places.resolve(m.entity(), m.text());
                if (r.isPresent()) {
                    return new Located(r.get().place(), m.text(), "sentence/" + r.get().method());
                }
            }
        }
        return null;
    }

    /**
     * For an event stated in the lead, the first place its headline (kicker and title) names: the headline and the
     * lead tell the same news ("Kim und Putin treffen sich auf dem Weltraumbahnhof Wostotschny" over "Kim ist am
     * Mittwoch im Osten Russlands mit Putin zusammengekommen"). The text starts with kicker, title and lead, each
     * followed by a blank line.
     */
    private static Located headline(PlaceResolver places, List<PlaceMention> inArticle, ResultSet rs)
            throws SQLException {
        int leadStart = 0;
        for (String block : new String[] {rs.getString(15), rs.getString(16)}) {
            if (block != null && !block.isBlank()) {
                leadStart += (leadStart > 0 ? ArticleText.SEPARATOR.length() : 0) + block.strip().length();
            }
        }
        String lead = rs.getString(17);
        int start = rs.getInt(9);
        if (rs.wasNull() || leadStart == 0 || lead == null || lead.isBlank()) {
            return null;
        }
        leadStart += ArticleText.SEPARATOR.length();
        if (start < leadStart || start >= leadStart + lead.strip().length()) {
            return null;
        }
        for (PlaceMention m : inArticle) {
            if (m.end() <= leadStart) {
                Optional<PlaceResolver.Resolved> r = places.resolve(m.entity(), m.text());
                if (r.isPresent()) {
                    return new Located(r.get().place(), m.text(), "headline/" + r.get().method());
                }
            }
        }
        return null;
    }

    /** True when the mention overlaps the span in columns {@code col}, {@code col + 1} (a party's words). */
    private static boolean inside(PlaceMention m, ResultSet rs, int col) throws SQLException {
        int s = rs.getInt(col);
        if (rs.wasNull()) {
            return false;
        }
        int e = rs.getInt(col + 1);
        return m.start() < e && s < m.end();
    }

    /** The ISO code stored with each actor in each article, for actors outside the registry. */
    private static Map<String, String> countryCodes(Connection db) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT article_id, entity_id, max(iso3) FROM entities WHERE iso3 IS NOT NULL GROUP BY 1, 2")) {
            while (rs.next()) {
                out.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3));
            }
        }
        return out;
    }

    /** Mentions of places (entities of type LOCATION) per article, in text order. */
    private static Map<String, List<PlaceMention>> placeMentions(Connection db) throws SQLException {
        Map<String, List<PlaceMention>> out = new HashMap<>();
        String sql = """
                SELECT m.article_id, m.entity_id, m.text, m.char_start, m.char_end FROM mentions m
                JOIN entities n ON n.article_id = m.article_id AND n.entity_id = m.entity_id
                WHERE n.type = 'LOCATION' ORDER BY m.article_id, m.char_start, m.char_end""";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new PlaceMention(rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return out;
    }
}
