/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A conjunction of SQL conditions and their parameters, built from {@link Filters} for one table shape. */
final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds a condition with its parameters. */
    Where and(String clause, Object... ps) {
        clauses.add("(" + clause + ")");
        Collections.addAll(params, ps);
        return this;
    }

    /** Adds a condition only when {@code value} is given; each {@code ?} is bound to it. */
    Where andIf(Object value, String clause) {
        if (value != null) {
            int n = (int) clause.chars().filter(c -> c == '?').count();
            Object[] ps = new Object[n];
            Arrays.fill(ps, value);
            and(clause, ps);
        }
        return this;
    }

    /** Filters on the article columns of alias {@code a} (publication day, language, outlet). */
    Where article(Filters f) {
        andIf(f.from(), "a.published >= ?");
        andIf(f.to(), "a.published <= ?");
        andIf(f.language(), "a.language = ?");
        andIf(f.outlet(), "lower(a.outlet) = lower(?)");
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "TRUE" : String.join(" AND ", clauses);
    }

    /** The parameters in order; a null stands for SQL NULL (an actor given by id has no country code). */
    List<Object> params() {
        return Collections.unmodifiableList(new ArrayList<>(params));
    }
}
