/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times the stages of analyses on the calling thread, by wall clock and by the thread's CPU time: on a shared machine
 * the CPU time says what a stage costs whatever else runs. Not thread-safe: one clock per thread.
 */
public final class StageClock {
    /** Per stage: total CPU and wall nanoseconds, and how many laps were recorded. */
    public record Totals(long cpuNanos, long wallNanos, int laps) {
        Totals plus(long cpu, long wall) {
            return new Totals(cpuNanos + cpu, wallNanos + wall, laps + 1);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, Totals> totals = new LinkedHashMap<>();
    private final boolean enabled;
    private long cpu;
    private long wall;

    private StageClock(boolean enabled) {
        this.enabled = enabled;
    }

    /** A clock that records nothing: what a plain analysis uses. */
    public static StageClock off() {
        return new StageClock(false);
    }

    /** A clock that records; CPU time falls back to wall time where the JVM cannot measure it. */
    public static StageClock on() {
        return new StageClock(true);
    }

    /** Starts timing the next stage. */
    public void start() {
        if (enabled) {
            cpu = cpuNow();
            wall = System.nanoTime();
        }
    }

    /** Ends the running stage under {@code stage} and starts timing the next one. */
    public void lap(String stage) {
        if (!enabled) {
            return;
        }
        long c = cpuNow();
        long w = System.nanoTime();
        totals.merge(stage, new Totals(c - cpu, w - wall, 1), (a, b) -> a.plus(b.cpuNanos(), b.wallNanos()));
        cpu = c;
        wall = w;
    }

    /** The stages in the order first seen, with their totals. */
    public Map<String, Totals> totals() {
        return new LinkedHashMap<>(totals);
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
