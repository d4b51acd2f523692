/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.Language;

/**
 * Actor labels in the reader's language. The {@code actors} table holds each stored actor's label in English and in
 * German; a state or organisation that events roll up to without being named in any article is labelled from the
 * registry; an id that neither knows is its own label.
 */
final class Labels {
    private Labels() {}

    /** The {@code actors} column of the language ({@code label_en}, {@code label_de}). */
    static String column(Language lang) {
        return "label_" + lang.code();
    }

    /** The place-name column suffix of the language. */
    static String code(Language lang) {
        return lang.code();
    }

    /** {@code stored} when the table had a label, else the registry's, else the id. */
    static String of(String stored, String id, Language lang) {
        if (stored != null || id == null) {
            return stored;
        }
        return ActorRegistry.builtIn().get(id).map(a -> a.label(lang)).orElse(id);
    }
}
