/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.crash;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingests the same JSONL file twice with {@code newsgraph ingest} child processes: once uninterrupted, once killed
 * with SIGKILL {@code kills} times at random points (a random number of stored articles into each run, then a
 * random delay of up to half a second, so that kills land inside batches, index commits and model loading) and
 * restarted until it completes. Then compares the two stores with {@link StoreSnapshot}.
 */
public final class CrashBench {
    private static final Pattern PROGRESS = Pattern.compile("progress: .*stored=(\\d+)");
    private static final Pattern SUMMARY = Pattern.compile("ingest: (\\d+) stored, (\\d+) skipped as duplicates, "
            + "(\\d+) failed");

    /**
     * The settings.
     *
     * @param ingest  the command that runs {@code newsgraph ingest}, to which the store and input arguments are added
     * @param corpus  the JSONL file
     * @param docs    its documents
     * @param queries search queries whose hits are compared
     */
    public record Options(List<String> ingest, Path corpus, int docs, int kills, long seed, Path work,
            List<String> queries) {}

    /**
     * What happened.
     *
     * @param killedAt    the stored count each killed run had reported when it was killed
     * @param restarts    runs after the first (killed or completing)
     * @param identical   whether the snapshots agree
     * @param difference  the first differing line, or empty
     */
    public record Result(int docs, List<Integer> killedAt, int restarts, boolean identical, String difference,
            StoreSnapshot whole, double wholeSeconds, double crashedSeconds) {}

    private CrashBench() {}

    public static Result run(Options o, PrintStream log) throws Exception {
        Path whole = o.work().resolve("whole");
        long t0 = System.nanoTime();
        int code = runOnce(o, whole, -1, null, log);
        if (code != 0) {
            throw new IllegalStateException("the uninterrupted ingest failed with exit code " + code);
        }
        double wholeSeconds = (System.nanoTime() - t0) / 1e9;
        Path crashed = o.work().resolve("crashed");
        Random random = new Random(o.seed());
        List<Integer> killedAt = new ArrayList<>();
        long t1 = System.nanoTime();
        int stored = 0;
        int runs = 0;
        while (true) {
            runs++;
            boolean kill = killedAt.size() < o.kills();
            int remaining = Math.max(1, o.docs() - stored);
            int target = kill ? 1 + random.nextInt(Math.max(1, remaining / 3)) : -1;
            int[] reached = {0};
            code = runOnce(o, crashed, target, reached, log, random.nextInt(500));
            if (kill && code != 0) {
                killedAt.add(reached[0]);
                stored += reached[0];
                log.printf("kill %d: SIGKILL after %d stored in that run%n", killedAt.size(), reached[0]);
            } else if (code == 0) {
                break;
            } else {
                throw new IllegalStateException("a resumed ingest failed with exit code " + code);
            }
        }
        double crashedSeconds = (System.nanoTime() - t1) / 1e9;
        StoreSnapshot a = StoreSnapshot.of(whole, o.queries());
        StoreSnapshot b = StoreSnapshot.of(crashed, o.queries());
        return new Result(o.docs(), killedAt, runs - 1, a.equals(b), a.firstDifference(b), a, wholeSeconds,
                crashedSeconds);
    }

    private static int runOnce(Options o, Path store, int killAt, int[] reached, PrintStream log) throws Exception {
        return runOnce(o, store, killAt, reached, log, 0);
    }

    /** Runs one ingest; with {@code killAt > 0} kills it once it reports that many stored, after {@code delayMs}. */
    private static int runOnce(Options o, Path store, int killAt, int[] reached, PrintStream log, int delayMs)
            throws Exception {
        List<String> cmd = new ArrayList<>(o.ingest());
        cmd.addAll(List.of("--store", store.toString(), "--batch", "8", "--progress-interval", "100",
                o.corpus().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher m = PROGRESS.matcher(line);
                Matcher s = SUMMARY.matcher(line);
                if (s.find()) {
                    log.println("  " + store.getFileName() + ": " + line);
                }
                if (killAt > 0 && m.find() && Integer.parseInt(m.group(1)) >= killAt) {
                    Thread.sleep(delayMs);
                    reached[0] = Integer.parseInt(m.group(1));
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close, no commit
                    break;
                }
            }
        }
        if (!p.waitFor(6, TimeUnit.HOURS)) {
            p.destroyForcibly();
            throw new IllegalStateException("an ingest did not end");
        }
        return p.exitValue();
    }
}
