/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.store.AnalysisRows;
import org.newsgraph.store.Schema;

/**
 * Runs the full pipeline over a partition of documents, exactly as the embedded ingester does (read, then analyse),
 * and turns each analysis into the store's evidence rows with the store's own {@link AnalysisRows#emit}: one output
 * row per record, holding its language and month and, per evidence table, the array of its rows; or a rejection
 * with its stage and reason. A document that throws never stops the partition.
 */
final class AnalyzeStage implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    static final String STORED = "stored";
    /** record, lang, month, status, stage, reason, then one array per evidence table. */
    static final StructType SCHEMA = schema();

    private final String lang;

    AnalyzeStage(JobOptions options) {
        this.lang = options.lang();
    }

    private static StructType schema() {
        StructType t = new StructType().add("record", DataTypes.StringType).add(Tables.LANG, DataTypes.StringType)
                .add(Tables.MONTH, DataTypes.StringType).add("status", DataTypes.StringType)
                .add("stage", DataTypes.StringType).add("reason", DataTypes.StringType);
        for (String table : Schema.EVIDENCE) {
            t = t.add(table, DataTypes.createArrayType(Tables.schema(table)));
        }
        return t;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Pipeline pipeline = Pipelines.standard();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return analyse(pipeline, rows.next());
            }
        };
    }

    private Row analyse(Pipeline pipeline, Row r) {
        RawDocument doc = Records.toDocument(r);
        try {
            Article article = pipeline.read(doc, Records.hints(r, lang));
            Analysis a = pipeline.analyze(article, doc.name(), Records.analysisHints(r, lang));
            Map<String, List<Row>> tables = new LinkedHashMap<>();
            Schema.EVIDENCE.forEach(t -> tables.put(t, new ArrayList<>()));
            AnalysisRows.emit(a, doc.name(), (table, values) -> tables.get(table).add(Tables.row(values)));
            Object[] out = new Object[6 + tables.size()];
            out[0] = doc.name();
            out[1] = a.article().language();
            out[2] = a.article().published() == null ? Tables.UNDATED : a.article().published().toString()
                    .substring(0, 7);
            out[3] = STORED;
            int i = 6;
            for (List<Row> list : tables.values()) {
                out[i++] = list.toArray(new Row[0]);
            }
            return RowFactory.create(out);
        } catch (BadInputException e) {
            return rejected(doc.name(), ReadStage.reason(doc.name(), e));
        } catch (RuntimeException | StackOverflowError e) {
            return rejected(doc.name(), "analysis failed: " + e);
        }
    }

    private static Row rejected(String record, String reason) {
        Object[] out = new Object[6 + Schema.EVIDENCE.size()];
        out[0] = record;
        out[3] = Records.REJECTED;
        out[4] = "analyze";
        out[5] = reason;
        return RowFactory.create(out);
    }
}
