/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import org.newsgraph.model.Language;

/**
 * A written form of an actor's name as it can appear in text.
 *
 * @param form     the exact characters to match
 * @param actorId  the actor it denotes
 * @param kind     what kind of reference it is
 * @param language the language whose names produced the form ("Island" is Iceland in German only), or {@code null}
 *                 when unknown
 */
public record SurfaceForm(String form, String actorId, Kind kind, Language language) {
    /** A form of unknown language. */
    public SurfaceForm(String form, String actorId, Kind kind) {
        this(form, actorId, kind, null);
    }

    /** How a form refers to its actor; derived forms (adjectives, people) are not names in the NER sense. */
    public enum Kind {
        NAME, ADJECTIVE, PEOPLE, SEAT;

        /** True for adjectives and words for the people ("russische", "Russen"): derived, not names. */
        public boolean derived() {
            return this == ADJECTIVE || this == PEOPLE;
        }
    }

    /** True when the form may be matched in text of {@code lang} (forms of unknown language match everywhere). */
    public boolean appliesTo(Language lang) {
        return language == null || lang == null || language == lang;
    }
}
