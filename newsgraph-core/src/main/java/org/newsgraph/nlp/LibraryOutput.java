/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * Keeps what libraries print out of standard output, which belongs to Newsgraph's results (the JSON of
 * {@code analyze}, the bench lines): while a thread runs a library call through {@link #divert}, its writes to
 * {@code System.out} go to standard error; every other thread's writes pass through unchanged. HeidelTime prints
 * "wrong format" on some dates.
 */
final class LibraryOutput {
    private static final ThreadLocal<Boolean> DIVERTED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private LibraryOutput() {}

    /** Runs {@code call} with this thread's standard output sent to standard error. */
    static <T> T divert(Supplier<T> call) {
        if (!(System.out instanceof Diverting)) {
            install(); // once per process, unless someone replaced standard output since
        }
        boolean before = DIVERTED.get();
        DIVERTED.set(Boolean.TRUE);
        try {
            return call.get();
        } finally {
            DIVERTED.set(before);
        }
    }

    /** Wraps the current standard output unless it is wrapped already. */
    private static synchronized void install() {
        if (!(System.out instanceof Diverting)) {
            System.setOut(new Diverting(System.out, System.err));
        }
    }

    /** Standard output that sends the writes of diverted threads to standard error. */
    private static final class Diverting extends PrintStream {
        Diverting(PrintStream out, PrintStream err) {
            super(new OutputStream() {
                @Override
                public void write(int b) {
                    (DIVERTED.get() ? err : out).write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    (DIVERTED.get() ? err : out).write(b, off, len);
                }

                @Override
                public void flush() {
                    out.flush();
                    err.flush();
                }
            }, true, Charset.forName(System.getProperty("stdout.encoding", Charset.defaultCharset().name())));
        }
    }
}
