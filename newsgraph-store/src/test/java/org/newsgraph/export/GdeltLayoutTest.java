/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our GDELT rows read with GDELT's own column layout: the 1.0 header of the shared sample, extended to 2.0 by an ADM2
 * code after each ADM1 code, names our 61 columns, and a golden row parses into the values the cluster has.
 */
class GdeltLayoutTest {
    static Path sample() {
        String data = System.getProperty("newsgraph.data", "../../shared/data");
        Path p = Path.of(data, "events", "gdelt1-sample");
        Assumptions.assumeTrue(Files.isDirectory(p), "shared GDELT sample absent (" + p + "): layout test skipped");
        return p;
    }

    static List<String> v2FromV1(List<String> v1) {
        List<String> out = new ArrayList<>();
        for (String c : v1) {
            out.add(c);
            if (c.endsWith("geo_adm1code")) {
                out.add(c.replace("adm1code", "adm2code"));
            }
        }
        return out;
    }

    @Test
    void theSampleHeaderExtendedTo20NamesOurColumns() throws Exception {
        List<String> v1 = List.of(Files.readString(sample().resolve("events_column_names.csv"),
                StandardCharsets.UTF_8).strip().split("\t"));
        assertEquals(58, v1.size());
        List<String> ours = GdeltColumns.V2.stream().map(c -> c.toLowerCase(Locale.ROOT)
                .replace("_", "").replace("geo", "geo_"))
                .map(c -> c.equals("sqldate") ? "day" : c).toList(); // the sample's header calls SQLDATE "day"
        assertEquals(v2FromV1(v1), ours);
    }

    @Test
    void aGoldenRowParsesIntoTheClusterItCameFrom() throws Exception {
        List<String> v1 = List.of(Files.readString(sample().resolve("events_column_names.csv"),
                StandardCharsets.UTF_8).strip().split("\t"));
        List<String> names = v2FromV1(v1);
        List<String> rows = Files.readAllLines(ExportGoldenTest.GOLDEN.resolve("meeting.gdelt.tsv"));
        Map<String, String> row = null;
        for (String line : rows) {
            String[] f = line.split("\t", -1);
            assertEquals(61, f.length);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < f.length; i++) {
                m.put(names.get(i), f[i]);
            }
            if ("20230913".equals(m.get("day"))) {
                row = m;
            }
        }
        assertTrue(row != null, "the 2023 meeting row");
        assertEquals("PRKGOV", row.get("actor1code"));
        assertEquals("RUS", row.get("actor2countrycode"));
        assertEquals("040", row.get("eventcode"));
        assertEquals("04", row.get("eventrootcode"));
        assertEquals("1", row.get("quadclass"));
        assertEquals("4", row.get("nummentions"));
        assertEquals("3", row.get("numsources"));
        assertEquals("4", row.get("numarticles"));
        assertEquals(14, row.get("dateadded").length());
        assertTrue(Long.parseLong(row.get("globaleventid")) > 0);
    }

    @Test
    void gdelt10SampleRowsHave58Columns() throws Exception {
        List<String> lines = Files.readAllLines(sample().resolve("events.csv"), StandardCharsets.UTF_8);
        assertEquals(58, lines.get(0).split("\t", -1).length);
    }
}
