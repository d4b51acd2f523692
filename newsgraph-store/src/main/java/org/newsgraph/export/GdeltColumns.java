/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The 61 columns of a GDELT 2.0 event-table row, in order. GDELT 1.0 rows have 58: 2.0 adds an ADM2 code after the
 * ADM1 code of each of the three geography blocks, and writes DATEADDED as YYYYMMDDHHMMSS instead of YYYYMMDD.
 */
public final class GdeltColumns {
    public static final List<String> V2 = columns();

    private GdeltColumns() {}

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(actor + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(geo + "_" + f);
            }
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        return List.copyOf(c);
    }
}
