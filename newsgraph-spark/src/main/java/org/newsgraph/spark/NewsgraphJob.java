/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.row_number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.store.Derivation;
import org.newsgraph.store.Schema;

/**
 * The Newsgraph Spark job. Stage one reads the inputs on the executors ({@link InputReader}), reads each document into
 * an article to learn its id and apply the filters ({@link ReadStage}), keeps the first record of each article id,
 * spreads the rest evenly and runs the full pipeline over each partition ({@link AnalyzeStage}); it writes the store's
 * evidence tables to {@code OUT/TABLE/lang=…/month=…/*.parquet} and the failures to {@code OUT/rejects}. Stage two
 * derives, with the store's rule code, the tables the store derives after an ingest: {@code syndication},
 * {@code actors}, {@code clusters}, {@code cluster_reports}, and the monthly {@code dyads}.
 */
public final class NewsgraphJob {
    private NewsgraphJob() {}

    /**
     * The session settings the job relies on: java.time values in rows; no serialisation debugger (on Java 17 it
     * needs JDK internals opened and would hide the real error).
     */
    public static SparkSession.Builder configure(SparkSession.Builder b) {
        return b.appName("newsgraph").config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.serializer.extraDebugInfo", "false");
    }

    public static JobCounts run(SparkSession spark, JobOptions o) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> raw = jsc.binaryFiles(String.join(",", o.inputs())).flatMap(new InputReader(o));
        Dataset<Row> read = spark.createDataFrame(raw, Records.SCHEMA)
                .mapPartitions(new ReadStage(o), Encoders.row(Records.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> ranked = read.filter(col("status").equalTo(Records.DOCUMENT))
                .withColumn("rank", row_number().over(Window.partitionBy("id").orderBy("path", "ordinal")));
        int partitions = o.partitions() > 0 ? o.partitions() : 4 * spark.sparkContext().defaultParallelism();
        Dataset<Row> analysed = ranked.filter(col("rank").equalTo(1)).drop("rank").repartition(partitions)
                .mapPartitions(new AnalyzeStage(o), Encoders.row(AnalyzeStage.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> stored = analysed.filter(col("status").equalTo(AnalyzeStage.STORED));
        for (String table : Schema.EVIDENCE) {
            Dataset<Row> rows = table(stored, table);
            rows.write().mode(SaveMode.Overwrite).option("compression", "zstd")
                    .partitionBy(Tables.LANG, Tables.MONTH).parquet(o.out() + "/" + table);
            rows.drop(Tables.LANG, Tables.MONTH).createOrReplaceTempView(table);
        }
        read.filter(col("status").equalTo(Records.REJECTED)).select("record", "stage", "reason")
                .union(analysed.filter(col("status").equalTo(Records.REJECTED)).select("record", "stage", "reason"))
                .coalesce(1).write().mode(SaveMode.Overwrite).parquet(o.out() + "/rejects");
        derive(spark, o.out());
        JobCounts counts = counts(read, ranked, analysed, t0);
        analysed.unpersist();
        read.unpersist();
        return counts;
    }

    /** One evidence table's rows with the partition columns, from the per-record arrays. */
    static Dataset<Row> table(Dataset<Row> stored, String table) {
        List<String> cols = Tables.names(table);
        String[] select = new String[cols.size() + 2];
        select[0] = Tables.LANG;
        select[1] = Tables.MONTH;
        for (int i = 0; i < cols.size(); i++) {
            select[i + 2] = "r." + cols.get(i);
        }
        return stored.select(col(Tables.LANG), col(Tables.MONTH), explode(col(table)).as("r")).selectExpr(select);
    }

    /** Stage two: the derived tables, from the temporary views of the evidence tables. */
    private static void derive(SparkSession spark, String out) {
        Dataset<Row> syndication = Syndication.groups(spark.table("signatures")).localCheckpoint();
        write(syndication, out, "syndication");
        write(spark.sql(Derivation.ACTORS_SQL), out, "actors");
        Dataset<Row> clusterRows = Clusters.rows(spark, syndication).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> clusters = clusterRows.filter(col("cluster").isNotNull()).select("cluster.*");
        write(clusters, out, "clusters");
        write(clusterRows.filter(col("member").isNotNull()).select("member.*"), out, "cluster_reports");
        clusters.createOrReplaceTempView("clusters");
        write(spark.sql(Dyads.SQL), out, "dyads");
        clusterRows.unpersist();
    }

    private static void write(Dataset<Row> rows, String out, String table) {
        rows.write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(out + "/" + table);
    }

    private static JobCounts counts(Dataset<Row> read, Dataset<Row> ranked, Dataset<Row> analysed, long t0) {
        Map<String, Long> byStatus = new HashMap<>();
        for (Row r : read.groupBy("status").count().collectAsList()) {
            byStatus.put(r.getString(0), r.getLong(1));
        }
        Map<String, Long> outcome = new HashMap<>();
        for (Row r : analysed.groupBy("status").count().collectAsList()) {
            outcome.put(r.getString(0), r.getLong(1));
        }
        long duplicates = ranked.filter(col("rank").gt(1)).count();
        long records = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new JobCounts(records, outcome.getOrDefault(AnalyzeStage.STORED, 0L), duplicates,
                byStatus.getOrDefault(Records.FILTERED, 0L), byStatus.getOrDefault(Records.SKIPPED, 0L),
                byStatus.getOrDefault(Records.REJECTED, 0L) + outcome.getOrDefault(Records.REJECTED, 0L),
                (System.nanoTime() - t0) / 1e9);
    }
}
