/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.error.InputIoException;
import org.newsgraph.model.PloverType;

/**
 * The real-text gold (docs/annotation.md): events and claims the team annotated on the articles of
 * {@code gold/real/articles.tsv}. {@code events.tsv} and {@code claims.tsv} are the gold; the files with suffix
 * {@code -b} are the second annotator's, for agreement. Every value is checked when read; a bad line is an error
 * naming its file and line.
 */
public final class RealGold {
    static final Set<String> MODALITIES = Set.of("occurred", "planned", "hypothetical", "negated");
    static final Set<String> CERTAINTIES = Set.of("asserted", "reported", "hedged", "speculated", "denied");
    static final Set<String> KINDS = Set.of("direct", "indirect", "reported");

    /** One gold event (a line of {@code events.tsv}). */
    public record GoldEvent(String article, String evidence, PloverType type, String cameo, ActorRef source,
            ActorRef target, String modality, String certainty, ActorRef attribution, String time) {}

    /** One gold claim (a line of {@code claims.tsv}). */
    public record GoldClaim(String article, ActorRef speaker, String speakerText, ActorRef source, String cue,
            String content, String kind, String certainty) {}

    private RealGold() {}

    /** The events of {@code events.tsv} (annotator "a") or {@code events-b.tsv} ("b"). */
    public static List<GoldEvent> events(String annotator) throws InputIoException {
        String name = "a".equals(annotator) ? "events.tsv" : "events-" + annotator + ".tsv";
        List<GoldEvent> out = new ArrayList<>();
        int row = 0;
        for (String[] f : GoldRows.read(name, 10)) {
            row++;
            String where = "gold/real/" + name + " row " + row;
            PloverType type;
            try {
                type = PloverType.valueOf(f[2]);
            } catch (IllegalArgumentException e) {
                throw new InputIoException(where, "unknown PLOVER type '" + f[2] + "'");
            }
            check(where, "modality", f[6], MODALITIES);
            check(where, "certainty", f[7], CERTAINTIES);
            if (!f[9].equals("doc") && !f[9].matches("\\d{3}[\\dX](-\\d\\d(-\\d\\d)?|-W\\d\\d(-WE)?|-(SP|SU|FA|WI))?")) {
                throw new InputIoException(where, "time '" + f[9] + "' is neither 'doc' nor a TIMEX3 date value");
            }
            out.add(new GoldEvent(f[0], f[1], type, f[3], ActorRef.of(f[4]), ActorRef.of(f[5]), f[6], f[7],
                    ActorRef.of(f[8]), f[9]));
        }
        return out;
    }

    /** The claims of {@code claims.tsv} (annotator "a") or {@code claims-b.tsv} ("b"). */
    public static List<GoldClaim> claims(String annotator) throws InputIoException {
        String name = "a".equals(annotator) ? "claims.tsv" : "claims-" + annotator + ".tsv";
        List<GoldClaim> out = new ArrayList<>();
        int row = 0;
        for (String[] f : GoldRows.read(name, 8)) {
            row++;
            String where = "gold/real/" + name + " row " + row;
            check(where, "kind", f[6], KINDS);
            check(where, "certainty", f[7], CERTAINTIES);
            out.add(new GoldClaim(f[0], ActorRef.of(f[1]), f[2], ActorRef.of(f[3]), f[4], f[5], f[6], f[7]));
        }
        return out;
    }

    private static void check(String where, String what, String value, Set<String> allowed)
            throws InputIoException {
        if (!allowed.contains(value)) {
            throw new InputIoException(where, what + " '" + value + "' is not one of " + allowed);
        }
    }
}
