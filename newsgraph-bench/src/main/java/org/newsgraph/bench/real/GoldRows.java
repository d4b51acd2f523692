/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.error.InputIoException;

/**
 * Reads a tab-separated file of the real-text gold ({@code gold/real/NAME} on the bench module's class path): one
 * header line, {@code #} comments, every row with exactly the header's number of columns and no empty cell.
 */
final class GoldRows {
    private GoldRows() {}

    static List<String[]> read(String name, int columns) throws InputIoException {
        String where = "gold/real/" + name;
        InputStream in = GoldRows.class.getClassLoader().getResourceAsStream(where);
        if (in == null) {
            throw new InputIoException(where, "missing from the bench module's resources");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new InputIoException(where + ":" + n, "expected " + columns + " columns, got " + f.length);
                }
                if (header) {
                    header = false;
                    continue;
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                    if (f[i].isEmpty()) {
                        throw new InputIoException(where + ":" + n, "column " + (i + 1) + " is empty (write - for none)");
                    }
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new InputIoException(where, "cannot read: " + e.getMessage());
        }
        return out;
    }
}
