/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the process's threads by group, read from Linux's {@code /proc/self/task} (every thread, the JVM's own
 * included, which Java's management beans do not list): the analysis workers, the JIT compilers, the garbage
 * collector, and the rest. A daemon thread samples every quarter second, so that threads which end before the
 * measurement does (the ingest's workers) are counted up to their last sample. Where {@code /proc} is missing it
 * reports nothing.
 */
final class ThreadCpu {
    /** Thread groups, in the order printed. */
    static final String WORKERS = "workers";
    static final String JIT = "jit";
    static final String GC = "gc";
    static final String OTHER = "other";
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double MS_PER_TICK = 10; // USER_HZ is 100 on every Linux the JVM runs on

    private final Map<String, long[]> baseline;
    private final Map<String, long[]> latest = new HashMap<>();
    private final Thread sampler;

    private ThreadCpu() {
        baseline = read();
        latest.putAll(baseline);
        sampler = new Thread(this::sample, "newsgraph-cpu-sampler");
        sampler.setDaemon(true);
    }

    static boolean available() {
        return Files.isDirectory(TASKS);
    }

    static ThreadCpu start() {
        ThreadCpu t = new ThreadCpu();
        t.sampler.start();
        return t;
    }

    /** Stops sampling and returns the CPU milliseconds each group spent since the start. */
    Map<String, Double> stop() {
        sampler.interrupt();
        try {
            sampler.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (latest) {
            latest.putAll(read());
            Map<String, Double> out = new LinkedHashMap<>();
            for (String g : new String[] {WORKERS, JIT, GC, OTHER}) {
                out.put(g, 0.0);
            }
            for (Map.Entry<String, long[]> e : latest.entrySet()) {
                long[] before = baseline.get(e.getKey());
                long ticks = e.getValue()[1] - (before == null ? 0 : before[1]);
                out.merge(group(e.getKey()), ticks * MS_PER_TICK, Double::sum);
            }
            return out;
        }
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            Map<String, long[]> now = read();
            synchronized (latest) {
                latest.putAll(now);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Per thread, keyed "tid name": {tid, user + system ticks}. */
    private static Map<String, long[]> read() {
        Map<String, long[]> out = new HashMap<>();
        if (!available()) {
            return out;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    String tid = task.getFileName().toString();
                    out.put(tid + " " + stat.substring(open + 1, close), new long[] {Long.parseLong(tid), ticks});
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static String group(String key) {
        String name = key.substring(key.indexOf(' ') + 1);
        // Linux keeps the first 15 characters of a thread's name: "newsgraph-ingest-0" is "newsgraph-inges"
        if (name.startsWith("newsgraph-inges") || name.startsWith("newsgraph-warm")) {
            return WORKERS;
        }
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return GC;
        }
        return OTHER;
    }
}
