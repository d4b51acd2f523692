/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of records as named columns and plain values, for CSV: a record's components are its columns, named as in
 * the JSON answers ({@code articleId} is {@code article_id}).
 *
 * @param columns column names, in order
 * @param rows    the rows, each as long as {@code columns}
 */
public record Table(List<String> columns, List<List<Object>> rows) {
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The records' components as columns, their values as rows. */
    public static <R extends Record> Table of(List<R> records, Class<R> type) {
        RecordComponent[] parts = type.getRecordComponents();
        List<String> columns = new ArrayList<>();
        for (RecordComponent c : parts) {
            columns.add(name(c.getName()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (R r : records) {
            List<Object> row = new ArrayList<>(parts.length);
            for (RecordComponent c : parts) {
                try {
                    row.add(c.getAccessor().invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + c.getName(), e);
                }
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /** A component's name as the JSON answers write it. */
    static String name(String component) {
        return SNAKE.translate(component);
    }
}
