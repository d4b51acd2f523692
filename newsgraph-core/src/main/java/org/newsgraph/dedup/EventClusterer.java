/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.PloverType;

/**
 * Merges event reports into clusters of one real-world event. A report joins the first cluster whose first report
 * (its anchor) has the same PLOVER type, the same polarity (negated or not), a compatible time (the spans meet, with
 * {@link #SLACK_DAYS} of slack for day- and week-precise times) and a compatible dyad: each side names the same actor,
 * an actor of the same country, or is unknown, and at least one side is known on both; for the symmetric types
 * ({@link #SYMMETRIC}) the sides may be swapped. Comparing with the anchor only, never with the latest member, keeps
 * clusters from drifting through chains of near-matches (a 2019 meeting never reaches a 2023 one). Undated reports and
 * reports without any actor stay alone. The result depends only on the set of reports, not on their order.
 * Stateless and thread-safe.
 */
public final class EventClusterer {
    /** Reports dated by their publication day often trail the event by a day. */
    public static final int SLACK_DAYS = 1;
    /** Types whose two sides play the same role: "Kim meets Putin" is "Putin meets Kim". */
    public static final Set<PloverType> SYMMETRIC = EnumSet.of(PloverType.CONSULT, PloverType.AGREE,
            PloverType.COOPERATE);

    private static final Comparator<Report> ORDER = Comparator
            .comparing((Report r) -> r.time() == null ? null : r.time().granularity(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.time() == null ? null : r.time().start(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::eventId);

    private EventClusterer() {}

    /** Clusters the reports; every report ends up in exactly one cluster. */
    public static List<EventCluster> cluster(Collection<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(ORDER);
        List<ClusterBuilder> clusters = new ArrayList<>();
        Map<String, List<ClusterBuilder>> byKey = new HashMap<>();
        for (Report r : sorted) {
            ClusterBuilder home = mergeable(r) ? findHome(r, byKey) : null;
            if (home == null) {
                home = new ClusterBuilder(clusters.size(), r);
                clusters.add(home);
                if (mergeable(r)) {
                    for (String key : keys(r)) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(home);
                    }
                }
            } else {
                home.add(r);
            }
        }
        return clusters.stream().map(ClusterBuilder::build).toList();
    }

    /** True when the two reports may describe the same event (the anchor test). */
    public static boolean compatible(Report anchor, Report r) {
        if (anchor.type() != r.type() || anchor.negated() != r.negated() || anchor.time() == null
                || r.time() == null || !anchor.time().overlaps(r.time(), SLACK_DAYS)) {
            return false;
        }
        if (sidesMatch(anchor.source(), r.source(), anchor.target(), r.target())) {
            return true;
        }
        return SYMMETRIC.contains(r.type()) && sidesMatch(anchor.source(), r.target(), anchor.target(), r.source());
    }

    private static boolean sidesMatch(ActorRef a1, ActorRef b1, ActorRef a2, ActorRef b2) {
        boolean known1 = a1 != null && b1 != null;
        boolean known2 = a2 != null && b2 != null;
        if ((known1 && !a1.sameSide(b1)) || (known2 && !a2.sameSide(b2))) {
            return false;
        }
        return known1 || known2;
    }

    private static ClusterBuilder findHome(Report r, Map<String, List<ClusterBuilder>> byKey) {
        ClusterBuilder best = null;
        for (String key : keys(r)) {
            for (ClusterBuilder c : byKey.getOrDefault(key, List.of())) {
                if ((best == null || c.order() < best.order()) && compatible(c.anchor(), r)) {
                    best = c;
                    break; // lists are in creation order: the first compatible one is the oldest for this key
                }
            }
        }
        return best;
    }

    private static boolean mergeable(Report r) {
        return r.time() != null && (r.source() != null || r.target() != null);
    }

    /** Blocking keys: a cluster can only take reports sharing its type, polarity and one actor or country. */
    private static Set<String> keys(Report r) {
        Set<String> keys = new LinkedHashSet<>();
        String prefix = r.type() + (r.negated() ? "|not|" : "|");
        for (ActorRef a : new ActorRef[] {r.source(), r.target()}) {
            if (a != null) {
                keys.add(prefix + "id:" + a.id());
                if (a.country() != null) {
                    keys.add(prefix + "cc:" + a.country());
                }
            }
        }
        return keys;
    }
}
