/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph spark} and the {@code spark-submit} main class: runs {@link NewsgraphJob} on the cluster that
 * {@code spark-submit} names, or in local mode ({@code --master local[N]}, default all cores) when started by the
 * launcher. Prints the counts; exit code 0 when anything was stored or skipped (rejections are listed in
 * {@code OUT/rejects}), 3 when every record failed, 2 for bad usage.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Analyse WARC(.gz), JSONL(.gz) article records, store exports and single documents with "
                + "Apache Spark and write the store's tables as Parquet under --out (TABLE/lang=…/month=…), the "
                + "derived tables (syndication, actors, clusters, cluster_reports, dyads) and a rejects table.",
            "Read the result with 'newsgraph ingest --from-parquet OUT'."})
public final class SparkCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Input files, folders or globs on any Hadoop file system (file:, hdfs://, s3a://).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--lang", defaultValue = "auto", description = "Language of the input: de, en or auto "
            + "(default: VALUE).")
    String lang;

    @Option(names = "--only-lang", split = ",", paramLabel = "LANG", description = "Keep only articles in these "
            + "languages.")
    Set<String> languages = Set.of();

    @Option(names = "--from", paramLabel = "DAY", description = "Keep only articles published (else captured) "
            + "on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "DAY", description = "Keep only articles published (else captured) on or "
            + "before this day.")
    String to;

    @Option(names = "--host", split = ",", paramLabel = "HOST", description = "Keep only articles from these hosts "
            + "(and their subdomains).")
    Set<String> hosts = Set.of();

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Analysis partitions (default: four per core).")
    int partitions;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCommand()).execute(args));
    }

    @Override
    public Integer call() {
        JobOptions o;
        try {
            o = new JobOptions(inputs, out, lang, languages, day(from, "--from"), day(to, "--to"), hosts,
                    partitions);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph spark: " + e.getMessage());
            return 2;
        }
        SparkSession spark = session(master);
        try {
            JobCounts c = NewsgraphJob.run(spark, o);
            report(c, o, System.out);
            return c.stored() + c.duplicates() + c.skipped() + c.filtered() == 0 && c.rejected() > 0 ? 3 : 0;
        } finally {
            spark.stop();
        }
    }

    /** A session on the given master, else spark-submit's, else local mode on every core. */
    static SparkSession session(String master) {
        SparkSession.Builder b = NewsgraphJob.configure(SparkSession.builder());
        String m = master != null ? master : new SparkConf().get("spark.master", "local[*]");
        b.master(m);
        if (m.startsWith("local")) {
            b.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    static void report(JobCounts c, JobOptions o, PrintStream out) {
        out.println("spark: " + c);
        out.println("spark: tables under " + o.out() + (c.rejected() > 0 ? "; rejections in " + o.out()
                + "/rejects" : ""));
        out.flush();
    }

    private static LocalDate day(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a day (YYYY-MM-DD), not '" + value + "'");
        }
    }
}
