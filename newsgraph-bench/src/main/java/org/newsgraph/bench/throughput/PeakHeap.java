/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap twice a second on a daemon thread and keeps the highest value. */
final class PeakHeap {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    private PeakHeap() {
        thread = new Thread(this::sample, "newsgraph-heap-sampler");
        thread.setDaemon(true);
    }

    static PeakHeap start() {
        PeakHeap p = new PeakHeap();
        p.thread.start();
        return p;
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() {
        thread.interrupt();
    }

    long peakMb() {
        return peak.get() >> 20;
    }
}
