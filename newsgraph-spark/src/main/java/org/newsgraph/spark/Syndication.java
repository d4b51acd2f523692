/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.dedup.MinHash;
import org.newsgraph.dedup.NearDuplicates;

/**
 * Near-duplicate groups in Spark with the store's rules: every signature goes to its bucket in each LSH band
 * ({@link NearDuplicates#bucket}), each bucket is linked by {@link NearDuplicates#links} (the store's own comparison),
 * and the groups are the connected components of those links, each named by its smallest article id, found by
 * propagating the smallest id along the links until nothing changes. The same groups as the embedded store's.
 */
final class Syndication {
    private static final StructType BUCKETED = new StructType().add("bucket", DataTypes.StringType)
            .add("article_id", DataTypes.StringType).add("minhash", DataTypes.BinaryType);
    private static final StructType LINK = new StructType().add("a", DataTypes.StringType)
            .add("b", DataTypes.StringType);
    /** Copies link in few steps; the bound only stops a pathological input. */
    private static final int MAX_ROUNDS = 100;

    private Syndication() {}

    /** The syndication table (article_id, group_id, copies) from the signatures table (article_id, minhash). */
    static Dataset<Row> groups(Dataset<Row> signatures) {
        Dataset<Row> links = signatures.flatMap((FlatMapFunction<Row, Row>) Syndication::buckets,
                Encoders.row(BUCKETED))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) Syndication::links, Encoders.row(LINK));
        Dataset<Row> labels = components(links);
        Dataset<Row> grouped = signatures.select(col("article_id"))
                .join(labels, signatures.col("article_id").equalTo(labels.col("v")), "left")
                .selectExpr("article_id", "coalesce(label, article_id) AS group_id");
        return grouped.selectExpr("article_id", "group_id",
                "CAST(count(*) OVER (PARTITION BY group_id) AS INT) AS copies");
    }

    private static Iterator<Row> buckets(Row r) {
        long[] sig = MinHash.fromBytes((byte[]) r.get(1));
        List<Row> out = new ArrayList<>(NearDuplicates.BANDS);
        for (int band = 0; band < NearDuplicates.BANDS; band++) {
            out.add(RowFactory.create(band + ":" + NearDuplicates.bucket(sig, band), r.getString(0), r.get(1)));
        }
        return out.iterator();
    }

    private static Iterator<Row> links(String bucket, Iterator<Row> members) {
        List<NearDuplicates.Signed> signed = new ArrayList<>();
        members.forEachRemaining(r -> signed.add(new NearDuplicates.Signed(r.getString(1),
                MinHash.fromBytes((byte[]) r.get(2)))));
        List<Row> out = new ArrayList<>();
        for (String[] link : NearDuplicates.links(signed)) {
            out.add(RowFactory.create(link[0], link[1]));
        }
        return out.iterator();
    }

    /** (v, label): every linked article with the smallest id of its component. */
    private static Dataset<Row> components(Dataset<Row> links) {
        Dataset<Row> edges = links.selectExpr("a AS v", "b AS u").union(links.selectExpr("b AS v", "a AS u"))
                .distinct().localCheckpoint();
        Dataset<Row> labels = edges.groupBy("v").agg(min(least(col("v"), col("u"))).as("label")).localCheckpoint();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Dataset<Row> next = edges.join(labels.selectExpr("v AS u", "label AS ul"), "u")
                    .groupBy("v").agg(min("ul").as("nl"))
                    .join(labels, "v")
                    .selectExpr("v", "least(label, nl) AS label").localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("label", "old"), "v")
                    .filter(col("label").notEqual(col("old"))).count();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        return labels;
    }
}
