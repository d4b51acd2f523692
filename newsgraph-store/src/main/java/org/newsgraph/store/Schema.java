/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DuckDB tables of a store. Ingest appends to the evidence tables (articles, sentences, entities, mentions,
 * timexes, events, claims, signatures, ingest_log) in one transaction per batch; the derived tables (syndication,
 * actors, clusters, cluster_reports) are recomputed from them, in one transaction, whenever the evidence grew. The
 * same columns are what the exports and the Spark job write. Documented column by column in {@code docs/store.md}.
 */
public final class Schema {
    /** Bumped when a table changes incompatibly; a store of another version is refused with a clear message. */
    static final String VERSION = "1";

    /** The tables exports write, each with the order that makes its export deterministic. */
    public static final Map<String, String> EXPORTED = exported();

    /** The evidence tables one analysis adds rows to ({@link AnalysisRows#emit}), ingest_log aside. */
    public static final List<String> EVIDENCE = List.of("articles", "sentences", "entities", "mentions", "timexes",
            "events", "claims", "signatures");

    /** The tables recomputed from the evidence ({@link Derivation}). */
    public static final List<String> DERIVED = List.of("syndication", "actors", "clusters", "cluster_reports");

    /** A column and its DuckDB type ({@code VARCHAR}, {@code INTEGER}, {@code BIGINT}, {@code DOUBLE}, …). */
    public record Column(String name, String type) {}

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+) \\((.*)\\)",
            Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("(\\w+) (VARCHAR|INTEGER|BIGINT|DOUBLE|BOOLEAN|DATE|BLOB)");

    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
            """
            CREATE TABLE IF NOT EXISTS articles (id VARCHAR PRIMARY KEY, url VARCHAR, canonical_url VARCHAR,
              outlet VARCHAR, language VARCHAR, published DATE, date_method VARCHAR, modified DATE, kicker VARCHAR,
              title VARCHAR, lead VARCHAR, authors VARCHAR, paywalled BOOLEAN, extraction VARCHAR, text VARCHAR,
              sentences INTEGER, tokens INTEGER, content_hash VARCHAR, input VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS sentences (article_id VARCHAR, sentence INTEGER, char_start INTEGER,
              char_end INTEGER, tokens INTEGER, parsed BOOLEAN)""",
            """
            CREATE TABLE IF NOT EXISTS entities (article_id VARCHAR, entity_id VARCHAR, type VARCHAR, label VARCHAR,
              iso3 VARCHAR, cameo VARCHAR, mentions INTEGER)""",
            """
            CREATE TABLE IF NOT EXISTS mentions (article_id VARCHAR, entity_id VARCHAR, sentence INTEGER,
              char_start INTEGER, char_end INTEGER, text VARCHAR, method VARCHAR, confidence DOUBLE)""",
            """
            CREATE TABLE IF NOT EXISTS timexes (article_id VARCHAR, sentence INTEGER, char_start INTEGER,
              char_end INTEGER, text VARCHAR, type VARCHAR, value VARCHAR, method VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS events (id VARCHAR, article_id VARCHAR, event VARCHAR, type VARCHAR,
              cameo VARCHAR, label VARCHAR, source_entity VARCHAR, source_text VARCHAR, source_start INTEGER,
              source_end INTEGER, target_entity VARCHAR, target_text VARCHAR, target_start INTEGER,
              target_end INTEGER, location_entity VARCHAR, location_text VARCHAR, location_start INTEGER,
              location_end INTEGER, time_value VARCHAR, time_text VARCHAR, time_method VARCHAR, modality VARCHAR,
              certainty VARCHAR, attribution_entity VARCHAR, attribution_text VARCHAR, attribution_cue VARCHAR,
              attribution_claim VARCHAR, attribution_inner_entity VARCHAR, attribution_inner_text VARCHAR,
              evidence_sentence INTEGER, evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
              confidence DOUBLE, method VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS claims (id VARCHAR, article_id VARCHAR, claim VARCHAR, speaker_entity VARCHAR,
              speaker_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER, cue VARCHAR, content_start INTEGER,
              content_end INTEGER, content_text VARCHAR, kind VARCHAR, certainty VARCHAR, addressee_entity VARCHAR,
              addressee_text VARCHAR, inner_entity VARCHAR, inner_text VARCHAR, evidence_sentence INTEGER,
              evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR, confidence DOUBLE,
              method VARCHAR)""",
            "CREATE TABLE IF NOT EXISTS signatures (article_id VARCHAR, minhash BLOB)",
            "CREATE TABLE IF NOT EXISTS ingest_log (seq BIGINT, article_id VARCHAR)",
            "CREATE TABLE IF NOT EXISTS syndication (article_id VARCHAR, group_id VARCHAR, copies INTEGER)",
            """
            CREATE TABLE IF NOT EXISTS actors (id VARCHAR, type VARCHAR, label VARCHAR, iso3 VARCHAR, cameo VARCHAR,
              articles INTEGER, mentions INTEGER)""",
            """
            CREATE TABLE IF NOT EXISTS clusters (id VARCHAR, type VARCHAR, cameo VARCHAR, quad_class INTEGER,
              score DOUBLE, source VARCHAR, target VARCHAR, source_country VARCHAR, target_country VARCHAR,
              actors VARCHAR, time VARCHAR, time_start DATE, time_end DATE, reports INTEGER, articles INTEGER,
              outlets INTEGER, independent_sources INTEGER, languages VARCHAR)""",
            "CREATE TABLE IF NOT EXISTS cluster_reports (cluster_id VARCHAR, ordinal INTEGER, event_id VARCHAR, "
                    + "article_id VARCHAR)");

    private Schema() {}

    /**
     * The columns of a table in order, read off its DDL, so that every host (the Spark job's Parquet schemas, the
     * Parquet import) writes exactly the store's columns.
     *
     * @throws IllegalArgumentException for a table the store does not have
     */
    public static List<Column> columns(String table) {
        List<Column> cols = COLUMNS.get(table);
        if (cols == null) {
            throw new IllegalArgumentException("no such table in the store: " + table);
        }
        return cols;
    }

    private static final Map<String, List<Column>> COLUMNS = parseColumns();

    private static Map<String, List<Column>> parseColumns() {
        Map<String, List<Column>> out = new LinkedHashMap<>();
        for (String ddl : DDL) {
            Matcher t = TABLE.matcher(ddl);
            if (!t.find()) {
                throw new IllegalStateException("unexpected DDL: " + ddl);
            }
            List<Column> cols = new ArrayList<>();
            Matcher c = COLUMN.matcher(t.group(2));
            while (c.find()) {
                cols.add(new Column(c.group(1), c.group(2)));
            }
            out.put(t.group(1), List.copyOf(cols));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> exported() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("articles", "id");
        m.put("sentences", "article_id, sentence");
        m.put("entities", "article_id, entity_id");
        m.put("mentions", "article_id, char_start, char_end, entity_id");
        m.put("timexes", "article_id, char_start, char_end");
        m.put("events", "id");
        m.put("claims", "id");
        m.put("syndication", "article_id");
        m.put("actors", "id");
        m.put("clusters", "id");
        m.put("cluster_reports", "cluster_id, ordinal");
        return Collections.unmodifiableMap(m);
    }

    /** Creates missing tables and checks the store's version; {@code create} false refuses a foreign database. */
    static void create(Connection db, boolean create, String name) throws SQLException, StoreException {
        if (!create && !hasTable(db, "meta")) {
            throw new StoreException(name, "not a Newsgraph store (the database has no Newsgraph tables)", null);
        }
        try (Statement st = db.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
        }
        String version = meta(db, "schema_version");
        if (version == null) {
            setMeta(db, "schema_version", VERSION);
        } else if (!VERSION.equals(version)) {
            throw new StoreException(name, "store version " + version + " is not supported by this Newsgraph "
                    + "(version " + VERSION + "); export it with the Newsgraph that wrote it", null);
        }
    }

    static String meta(Connection db, String key) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void setMeta(Connection db, String key, String value) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
