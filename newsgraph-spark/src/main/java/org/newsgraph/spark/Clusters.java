/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.dedup.Report;
import org.newsgraph.store.Derivation;

/**
 * Event clusters in Spark with the store's rules: the reports come from the store's own query
 * ({@link Derivation#REPORTS_SQL}, run by Spark SQL over the job's tables), each with its article's syndication
 * group, and the reports of each PLOVER type and polarity are clustered together by {@link Derivation#clusterRows},
 * the code the embedded store runs. Clusters never mix types or polarities, so this gives the store's clusters.
 */
final class Clusters {
    /** One output row holds a clusters row or a cluster_reports row. */
    static final StructType SCHEMA = new StructType().add("cluster", Tables.schema("clusters"))
            .add("member", Tables.schema("cluster_reports"));

    private Clusters() {}

    /** Rows of the clusters and cluster_reports tables; the views events, articles, entities must exist. */
    static Dataset<Row> rows(SparkSession spark, Dataset<Row> syndication) {
        Dataset<Row> reports = spark.sql(Derivation.REPORTS_SQL).toDF("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7",
                "r8", "r9", "r10", "r11", "r12", "r13");
        Dataset<Row> withGroup = reports.join(syndication.selectExpr("article_id", "group_id"),
                reports.col("r1").equalTo(syndication.col("article_id")), "left").drop("article_id");
        return withGroup.groupByKey((MapFunction<Row, String>) r -> r.getString(4) + "|"
                        + "negated".equals(r.getString(13)), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) Clusters::cluster, Encoders.row(SCHEMA));
    }

    private static Iterator<Row> cluster(String key, Iterator<Row> rows) {
        List<Report> reports = new ArrayList<>();
        String[] values = new String[14];
        while (rows.hasNext()) {
            Row r = rows.next();
            for (int i = 0; i < values.length; i++) {
                values[i] = r.getString(i);
            }
            String group = r.getString(14);
            reports.add(Derivation.report(values, group == null ? values[1] : group));
        }
        List<Row> out = new ArrayList<>();
        Derivation.clusterRows(reports, (table, v) -> out.add("clusters".equals(table)
                ? RowFactory.create(Tables.row(v), null) : RowFactory.create(null, Tables.row(v))));
        return out.iterator();
    }
}
