/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a reader that pushes its items (a WARC file read by {@code WarcSource}, a JSONL stream) into the iterator a
 * Spark task pulls from, through a small bounded queue: a 1 GB WARC file never sits in memory whole. The reader runs
 * on a daemon thread; an exception it throws is rethrown by {@link #hasNext}. Single consumer.
 */
final class PushIterator<T> implements Iterator<T> {
    /** A reader: hands every item to the consumer it is given, in order. */
    interface Source<T> {
        void read(Consumer<T> out) throws Exception;
    }

    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
    private volatile Throwable failure;
    private Object next;

    PushIterator(String name, Source<T> source) {
        Thread t = new Thread(() -> {
            try {
                source.read(this::put);
            } catch (Throwable e) { // handed to the consumer, which fails the task with it
                failure = e;
            } finally {
                put(END);
            }
        }, "newsgraph-read-" + name);
        t.setDaemon(true);
        t.start();
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 1, TimeUnit.SECONDS)) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        if (next == END) {
            if (failure != null) {
                throw new IllegalStateException("reading failed: " + failure, failure);
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }
}
