/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.store.Schema;

/**
 * Spark schemas of the store's tables, made from the store's own column list ({@link Schema#columns}), so the Parquet
 * files hold exactly the embedded store's columns and types. The partition columns {@link #LANG} and {@link #MONTH}
 * live only in the folder names ({@code lang=de/month=2023-09}).
 */
final class Tables {
    static final String LANG = "lang";
    static final String MONTH = "month";
    /** The month folder of articles without a publication day. */
    static final String UNDATED = "undated";

    private Tables() {}

    static StructType schema(String table) {
        StructType t = new StructType();
        for (Schema.Column c : Schema.columns(table)) {
            t = t.add(c.name(), type(c.type()));
        }
        return t;
    }

    static Row row(Object[] values) {
        return RowFactory.create(values);
    }

    private static DataType type(String duckdb) {
        return switch (duckdb) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            case "BLOB" -> DataTypes.BinaryType;
            default -> throw new IllegalArgumentException("no Spark type for the store's type " + duckdb);
        };
    }

    /** The column names of a table, in order. */
    static List<String> names(String table) {
        return Schema.columns(table).stream().map(Schema.Column::name).toList();
    }
}
