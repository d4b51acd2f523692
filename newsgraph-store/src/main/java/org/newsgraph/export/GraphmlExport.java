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
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The GraphML export (opens in Gephi, yEd, NetworkX): actors are nodes (labelled in English, with the German label
 * beside); each directed dyad with event clusters is an
 * {@code event} edge weighted by its clusters, with reports, the mean cooperation–conflict score and the first and
 * last day; each pair of actors mentioned in the same article is an undirected {@code co-mention} edge weighted by
 * those articles. Streamed row by row.
 */
final class GraphmlExport {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String[][] KEYS = {
        {"label", "node", "string"}, {"label_de", "node", "string"}, {"type", "node", "string"},
        {"iso3", "node", "string"},
        {"articles", "node", "int"}, {"kind", "edge", "string"}, {"weight", "edge", "double"},
        {"reports", "edge", "int"}, {"score", "edge", "double"}, {"first", "edge", "string"},
        {"last", "edge", "string"}};

    private GraphmlExport() {}

    static void export(Connection db, Writer out, ExportProgress progress) throws IOException, SQLException {
        Rows.Counter n = new Rows.Counter(progress, Rows.count(db, "actors") + 2); // the nodes, then two edge passes
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            for (String[] k : KEYS) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("key");
                x.writeAttribute("id", k[0]);
                x.writeAttribute("for", k[1]);
                x.writeAttribute("attr.name", k[0]);
                x.writeAttribute("attr.type", k[2]);
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "newsgraph");
            x.writeAttribute("edgedefault", "directed");
            nodes(db, x, n);
            eventEdges(db, x);
            n.step();
            coMentionEdges(db, x);
            n.step();
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void nodes(Connection db, XMLStreamWriter x, Rows.Counter n) throws SQLException,
            XMLStreamException {
        String sql = "SELECT id, label_en, type, iso3, articles, label_de FROM actors ORDER BY id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("node");
                x.writeAttribute("id", rs.getString(1));
                data(x, "label", rs.getString(2));
                data(x, "type", rs.getString(3));
                data(x, "iso3", rs.getString(4));
                data(x, "articles", Long.toString(rs.getLong(5)));
                data(x, "label_de", rs.getString(6));
                x.writeEndElement();
                n.step();
            }
        }
    }

    private static void eventEdges(Connection db, XMLStreamWriter x) throws SQLException, XMLStreamException {
        String sql = """
                SELECT source, target, count(*), sum(reports), avg(score), min(time_start), max(time_end)
                FROM clusters WHERE source IS NOT NULL AND target IS NOT NULL
                  AND source IN (SELECT id FROM actors) AND target IN (SELECT id FROM actors)
                GROUP BY source, target ORDER BY source, target""";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                edge(x, "event:" + rs.getString(1) + ">" + rs.getString(2), rs.getString(1), rs.getString(2), true);
                data(x, "kind", "event");
                data(x, "weight", Long.toString(rs.getLong(3)));
                data(x, "reports", Long.toString(rs.getLong(4)));
                data(x, "score", String.format(Locale.ROOT, "%.2f", rs.getDouble(5)));
                data(x, "first", rs.getString(6));
                data(x, "last", rs.getString(7));
                x.writeEndElement();
            }
        }
    }

    private static void coMentionEdges(Connection db, XMLStreamWriter x) throws SQLException, XMLStreamException {
        String sql = """
                SELECT a.entity_id, b.entity_id, count(DISTINCT a.article_id)
                FROM entities a JOIN entities b ON a.article_id = b.article_id AND a.entity_id < b.entity_id
                GROUP BY a.entity_id, b.entity_id ORDER BY a.entity_id, b.entity_id""";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                edge(x, "co:" + rs.getString(1) + "|" + rs.getString(2), rs.getString(1), rs.getString(2), false);
                data(x, "kind", "co-mention");
                data(x, "weight", Long.toString(rs.getLong(3)));
                x.writeEndElement();
            }
        }
    }

    private static void edge(XMLStreamWriter x, String id, String source, String target, boolean directed)
            throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("edge");
        x.writeAttribute("id", id);
        x.writeAttribute("source", source);
        x.writeAttribute("target", target);
        if (!directed) {
            x.writeAttribute("directed", "false");
        }
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
