/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.newsgraph.error.NewsgraphException;

/** Runs a target on one input and says how it ended, with the CPU time it took on the calling thread. */
public final class FuzzCheck {
    /** How one execution ended. */
    public enum Kind { OK, TYPED_ERROR, CRASH }

    /**
     * One execution.
     *
     * @param error    the typed error or the crash, {@code null} when the parser returned
     * @param cpuNanos the calling thread's CPU time (wall time where the JVM measures no CPU time)
     */
    public record Outcome(Kind kind, Throwable error, long cpuNanos) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private FuzzCheck() {}

    /** Runs the target; never throws (an {@link Error} such as a stack overflow is a crash too). */
    public static Outcome run(FuzzTarget target, byte[] data) {
        long start = now();
        try {
            target.parse(data);
            return new Outcome(Kind.OK, null, now() - start);
        } catch (NewsgraphException e) {
            return new Outcome(Kind.TYPED_ERROR, e, now() - start);
        } catch (Throwable e) { // NOPMD: every other escape is the finding this class exists to catch
            return new Outcome(Kind.CRASH, e, now() - start);
        }
    }

    /**
     * A short, stable signature of a crash for grouping: the exception class and the first stack frame in
     * Newsgraph's code (else the first frame).
     */
    public static String signature(Throwable t) {
        StackTraceElement where = null;
        for (StackTraceElement e : t.getStackTrace()) {
            if (where == null) {
                where = e;
            }
            if (e.getClassName().startsWith("org.newsgraph.")) {
                where = e;
                break;
            }
        }
        return t.getClass().getName() + (where == null ? "" : " at " + where.getClassName() + "."
                + where.getMethodName() + ":" + where.getLineNumber());
    }

    private static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
