/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.util.Map;
import org.newsgraph.model.PloverType;

/**
 * Newsgraph's cooperation–conflict scale, in the manner of the Goldstein scale: every CAMEO root code (01–20) gets a
 * weight from -10 (most conflictual) to +10 (most cooperative) and one of GDELT's four quad classes (1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict). A report without a CAMEO code is
 * scored by its PLOVER type. The weights are the project's own, chosen so that talk weighs less than deeds in both
 * directions; {@code docs/store.md} lists them.
 */
public final class CooperationScale {
    /** Weight and quad class by CAMEO root code. */
    private static final Map<String, double[]> ROOTS = Map.ofEntries(
            Map.entry("01", new double[] {0.0, 1}),    // make public statement
            Map.entry("02", new double[] {3.0, 1}),    // appeal
            Map.entry("03", new double[] {4.0, 1}),    // express intent to cooperate
            Map.entry("04", new double[] {1.0, 1}),    // consult
            Map.entry("05", new double[] {3.5, 1}),    // engage in diplomatic cooperation
            Map.entry("06", new double[] {6.0, 2}),    // engage in material cooperation
            Map.entry("07", new double[] {7.0, 2}),    // provide aid
            Map.entry("08", new double[] {5.0, 2}),    // yield
            Map.entry("09", new double[] {-2.0, 2}),   // investigate
            Map.entry("10", new double[] {-5.0, 3}),   // demand
            Map.entry("11", new double[] {-2.0, 3}),   // disapprove
            Map.entry("12", new double[] {-4.0, 3}),   // reject
            Map.entry("13", new double[] {-6.0, 3}),   // threaten
            Map.entry("14", new double[] {-6.5, 3}),   // protest
            Map.entry("15", new double[] {-7.0, 4}),   // exhibit force posture
            Map.entry("16", new double[] {-4.5, 4}),   // reduce relations
            Map.entry("17", new double[] {-7.0, 4}),   // coerce
            Map.entry("18", new double[] {-9.0, 4}),   // assault
            Map.entry("19", new double[] {-10.0, 4}),  // fight
            Map.entry("20", new double[] {-10.0, 4})); // unconventional mass violence

    /** The CAMEO root standing for each PLOVER type when a report has no CAMEO code. */
    private static final Map<PloverType, String> PLOVER_ROOT = Map.ofEntries(
            Map.entry(PloverType.AGREE, "03"), Map.entry(PloverType.CONSULT, "04"),
            Map.entry(PloverType.SUPPORT, "05"), Map.entry(PloverType.CONCEDE, "08"),
            Map.entry(PloverType.COOPERATE, "06"), Map.entry(PloverType.AID, "07"),
            Map.entry(PloverType.RETREAT, "08"), Map.entry(PloverType.REQUEST, "02"),
            Map.entry(PloverType.ACCUSE, "11"), Map.entry(PloverType.REJECT, "12"),
            Map.entry(PloverType.THREATEN, "13"), Map.entry(PloverType.PROTEST, "14"),
            Map.entry(PloverType.SANCTION, "16"), Map.entry(PloverType.MOBILIZE, "15"),
            Map.entry(PloverType.COERCE, "17"), Map.entry(PloverType.ASSAULT, "18"));

    private CooperationScale() {}

    /** The weight (-10..+10) of an event with this CAMEO code, or of its PLOVER type when the code is unknown. */
    public static double score(String cameo, PloverType type) {
        return ROOTS.get(root(cameo, type))[0];
    }

    /** GDELT's quad class (1–4) of the event. */
    public static int quadClass(String cameo, PloverType type) {
        return (int) ROOTS.get(root(cameo, type))[1];
    }

    /** The CAMEO root code ("04") of a code ("042"), or the PLOVER type's stand-in when the code is unknown. */
    public static String root(String cameo, PloverType type) {
        if (cameo != null && cameo.length() >= 2 && ROOTS.containsKey(cameo.substring(0, 2))) {
            return cameo.substring(0, 2);
        }
        return PLOVER_ROOT.get(type);
    }
}
