/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.bench.Prf;
import org.newsgraph.bench.events.CameoDyads.Dyad;

/**
 * Scores predicted dyads against a record's gold codings, per sentence and as sets: a dyad is right when its code
 * (the two-digit root, or the full code) and its source and target heads all equal a gold coding's. Gold codings that
 * coincide at a level count once there, as predictions do.
 */
public final class PetrScorer {
    private final Prf root = new Prf();
    private final Prf full = new Prf();

    /** Adds one record; prints its misses and false positives when {@code errors} is not null. */
    public void add(PetrRecord r, Set<Dyad> predicted, PrintStream errors) {
        Set<Dyad> goldFull = new LinkedHashSet<>();
        for (PetrRecord.Coding c : r.codings()) {
            goldFull.add(new Dyad(c.event(), CameoActors.headOf(c.source()), CameoActors.headOf(c.target())));
        }
        Set<Dyad> goldRoot = roots(goldFull);
        Set<Dyad> predRoot = roots(predicted);
        root.add(overlap(goldRoot, predRoot), predRoot.size(), goldRoot.size());
        full.add(overlap(goldFull, predicted), predicted.size(), goldFull.size());
        if (errors != null && !goldRoot.equals(predRoot)) {
            errors.printf("  %s: %s%n", r.id(), r.text());
            for (Dyad d : goldFull) {
                errors.printf("    %s gold %s %s -> %s%n", predRoot.contains(d.root()) ? "ok  " : "MISS", d.code(),
                        d.source(), d.target());
            }
            for (Dyad d : predicted) {
                if (!goldRoot.contains(d.root())) {
                    errors.printf("    FP   ours %s %s -> %s%n", d.code(), d.source(), d.target());
                }
            }
        }
    }

    public Prf root() {
        return root;
    }

    public Prf full() {
        return full;
    }

    private static Set<Dyad> roots(Set<Dyad> dyads) {
        Set<Dyad> out = new LinkedHashSet<>();
        for (Dyad d : dyads) {
            out.add(d.root());
        }
        return out;
    }

    private static int overlap(Set<Dyad> a, Set<Dyad> b) {
        int n = 0;
        for (Dyad d : a) {
            n += b.contains(d) ? 1 : 0;
        }
        return n;
    }

    /** Gold codings of records, for reporting. */
    static int codings(List<PetrRecord> records) {
        return records.stream().mapToInt(r -> r.codings().size()).sum();
    }
}
