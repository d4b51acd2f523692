/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

/**
 * A written form of an actor's name as it can appear in text.
 *
 * @param form    the exact characters to match
 * @param actorId the actor it denotes
 * @param kind    what kind of reference it is
 */
public record SurfaceForm(String form, String actorId, Kind kind) {
    /** How a form refers to its actor; derived forms (adjectives, people) are not names in the NER sense. */
    public enum Kind {
        NAME, ADJECTIVE, PEOPLE, SEAT;

        /** True for adjectives and words for the people ("russische", "Russen"): derived, not names. */
        public boolean derived() {
            return this == ADJECTIVE || this == PEOPLE;
        }
    }
}
