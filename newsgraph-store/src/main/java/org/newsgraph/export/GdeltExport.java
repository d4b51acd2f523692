/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.newsgraph.link.Ascii;
import org.newsgraph.model.PloverType;
import org.newsgraph.place.Gazetteer;
import org.newsgraph.place.Place;
import org.newsgraph.store.CooperationScale;

/**
 * The GDELT export: one GDELT 2.0 event-table row (61 tab-separated columns, no header) per event cluster, so that
 * tools written for GDELT read Newsgraph's events. A cluster is one real event: NumMentions is its reports,
 * NumSources its independent sources, NumArticles its articles. Names are English, in ASCII capitals, as GDELT writes
 * them; the event's place has its coordinates from the gazetteer. Fields Newsgraph does not know (tone, religion and
 * ethnic codes, FIPS country codes) stay empty. The mapping is documented field by field in {@code docs/store.md}.
 */
final class GdeltExport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String SQL = """
            SELECT c.*, e.location_entity, e.location_text, e.evidence_start, a.url, a.published,
                   length(coalesce(a.kicker, '')) + length(coalesce(a.title, '')) + length(coalesce(a.lead, ''))
                     + 6 AS lead_end,
                   sa.label_en AS source_label, sa.cameo AS source_cameo, ta.label_en AS target_label,
                   ta.cameo AS target_cameo,
                   (SELECT max(a2.published) FROM cluster_reports r2 JOIN articles a2 ON a2.id = r2.article_id
                    WHERE r2.cluster_id = c.id) AS last_published
            FROM clusters c
            JOIN cluster_reports r ON r.cluster_id = c.id AND r.ordinal = 0
            JOIN events e ON e.id = r.event_id
            JOIN articles a ON a.id = e.article_id
            LEFT JOIN actors sa ON sa.id = c.source
            LEFT JOIN actors ta ON ta.id = c.target
            ORDER BY c.id""";

    private GdeltExport() {}

    static void export(Connection db, Writer out, ExportProgress progress) throws IOException, SQLException {
        Rows.Counter n = new Rows.Counter(progress, Rows.count(db, "clusters"));
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(SQL)) {
            while (rs.next()) {
                out.write(String.join("\t", row(rs)));
                out.write('\n');
                n.step();
            }
        }
        out.flush();
    }

    static String[] row(ResultSet rs) throws SQLException {
        String[] f = new String[GdeltColumns.V2.size()];
        Arrays.fill(f, "");
        LocalDate day = date(rs, "time_start");
        if (day == null) {
            day = date(rs, "published"); // GDELT's own fallback: the report's publication day
        }
        f[0] = Long.toString(numericId(rs.getString("id")));
        if (day != null) {
            f[1] = day.format(DAY);
            f[2] = f[1].substring(0, 6);
            f[3] = f[1].substring(0, 4);
            f[4] = String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0);
        }
        actor(f, 5, rs.getString("source"), rs.getString("source_label"), rs.getString("source_cameo"),
                rs.getString("source_country"));
        actor(f, 15, rs.getString("target"), rs.getString("target_label"), rs.getString("target_cameo"),
                rs.getString("target_country"));
        PloverType type = PloverType.valueOf(rs.getString("type"));
        String cameo = rs.getString("cameo");
        String root = CooperationScale.root(cameo, type);
        String code = cameo != null && cameo.startsWith(root) ? cameo : root + "0";
        long evidence = rs.getLong("evidence_start");
        f[25] = !rs.wasNull() && evidence < rs.getLong("lead_end") ? "1" : "0";
        f[26] = code;
        f[27] = code.substring(0, Math.min(3, code.length()));
        f[28] = root;
        f[29] = Integer.toString(rs.getInt("quad_class"));
        f[30] = String.format(Locale.ROOT, "%.1f", rs.getDouble("score"));
        f[31] = Integer.toString(rs.getInt("reports"));
        f[32] = Integer.toString(rs.getInt("independent_sources"));
        f[33] = Integer.toString(rs.getInt("articles"));
        actionGeo(f, rs);
        LocalDate added = date(rs, "last_published");
        f[59] = added == null ? "" : added.format(DAY) + "000000";
        String url = rs.getString("url");
        f[60] = url == null ? "" : clean(url);
        return f;
    }

    /** Code, name, country and type codes of an actor block starting at column {@code at}. */
    private static void actor(String[] f, int at, String id, String label, String cameo, String country) {
        if (id == null) {
            return;
        }
        f[at] = cameo == null ? (country == null ? "" : country) : cameo;
        f[at + 1] = label == null ? "" : clean(Ascii.fold(label)).toUpperCase(Locale.ROOT);
        f[at + 2] = country == null ? "" : country;
        if (cameo != null && cameo.length() >= 6) {
            f[at + 7] = cameo.substring(3, 6);
        }
    }

    /**
     * ActionGeo from the cluster's place in the gazetteer: type 1 (country), 3 (US town) or 4 (town elsewhere), the
     * name with its country ("Vladivostok, Russia"), latitude, longitude and, for towns, the GeoNames id as feature id.
     * Country and ADM codes stay empty: GDELT writes FIPS 10-4 codes, which the gazetteer's sources do not give. An
     * event whose place words resolved to no entry keeps the words with type 0.
     */
    private static void actionGeo(String[] f, ResultSet rs) throws SQLException {
        String place = rs.getString("place");
        if (place == null) {
            String words = rs.getString("location_text");
            if (words != null) {
                f[51] = "0";
                f[52] = clean(Ascii.fold(words));
            }
            return;
        }
        String country = rs.getString("place_country");
        boolean isCountry = place.startsWith("country:");
        f[51] = isCountry ? "1" : "USA".equals(country) ? "3" : "4";
        String name = clean(Ascii.fold(rs.getString("place_en")));
        String countryName = country == null ? null : Gazetteer.builtIn().country(country).map(Place::nameEn)
                .orElse(null);
        f[52] = isCountry || countryName == null ? name : name + ", " + clean(Ascii.fold(countryName));
        f[56] = String.format(Locale.ROOT, "%.4f", rs.getDouble("latitude"));
        f[57] = String.format(Locale.ROOT, "%.4f", rs.getDouble("longitude"));
        f[58] = place.startsWith("geonames:") ? place.substring("geonames:".length()) : "";
    }

    /** A positive 63-bit number from the cluster id's hex digits, stable across exports. */
    static long numericId(String clusterId) {
        String hex = clusterId.startsWith("k") ? clusterId.substring(1) : clusterId;
        return Long.parseUnsignedLong(hex, 16) >>> 1;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
