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
 * Actor names in the reader's language: a stored actor's label in that language; a state or organisation that events
 * roll up to without being named in any article, the registry's; an id that neither knows, itself.
 */
final class Names {
    private final Language lang;
    private final ActorCache actors;

    Names(Language lang, ActorCache actors) {
        this.lang = lang;
        this.actors = actors;
    }

    Language language() {
        return lang;
    }

    /** The {@code actors} column of the language ({@code label_en}, {@code label_de}). */
    String column() {
        return "label_" + lang.code();
    }

    /** The language's suffix of place-name columns ({@code place_en}). */
    String code() {
        return lang.code();
    }

    /** The actor's name, or null for a null id. */
    String label(String id) {
        if (id == null) {
            return null;
        }
        ActorCache.Entry e = actors.get(id);
        String stored = e == null ? null : lang == Language.GERMAN ? e.labelDe() : e.labelEn();
        if (stored != null) {
            return stored;
        }
        return ActorRegistry.builtIn().get(id).map(a -> a.label(lang)).orElse(id);
    }
}
