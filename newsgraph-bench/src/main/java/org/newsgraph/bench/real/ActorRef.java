/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.util.Set;
import org.newsgraph.link.Slugs;
import org.newsgraph.model.Argument;

/**
 * An actor as the real-text gold writes it (docs/annotation.md, "Actor references"): an id of the actor registry
 * ({@code country:USA}), a name as the text gives it for an actor the registry lacks, or {@code -} for none. A
 * prediction's actor becomes a reference too: its entity id, else its words.
 *
 * <p>Two references name the same actor when they are equal, or — where neither is a registry id, or one is a name an
 * annotator wrote — when their name slugs are equal or one is the other's last words ("Esper" and "Mark Esper"). A
 * registry id never matches another registry id, nor the pipeline's {@code other:TYPE:slug} for a name it failed to
 * link.
 */
record ActorRef(String value) {
    private static final Set<String> REGISTRY_KINDS = Set.of("country", "person", "org", "group", "media", "location",
            "region");

    static final ActorRef NONE = new ActorRef("-");

    static ActorRef of(String cell) {
        return cell == null || cell.isBlank() ? NONE : new ActorRef(cell.strip());
    }

    static ActorRef of(Argument a) {
        if (a == null) {
            return NONE;
        }
        return of(a.entity() != null ? a.entity() : a.text());
    }

    boolean none() {
        return "-".equals(value);
    }

    /** True for an id of the curated registry (not a name, not the pipeline's {@code other:} ids). */
    boolean isRegistryId() {
        int colon = value.indexOf(':');
        return colon > 0 && REGISTRY_KINDS.contains(value.substring(0, colon)) && value.indexOf(' ') < 0;
    }

    /** True for the pipeline's id of a name the registry does not know ({@code other:person:mark-esper}). */
    boolean isUnlinked() {
        return value.startsWith("other:");
    }

    /** The slug that names the actor: an id's last part, or the slug of a name. */
    String slug() {
        int colon = value.lastIndexOf(':');
        return colon > 0 && value.indexOf(' ') < 0 ? value.substring(colon + 1) : Slugs.of(value);
    }

    boolean sameActor(ActorRef other) {
        if (none() || other.none()) {
            return none() && other.none();
        }
        if (value.equals(other.value)) {
            return true;
        }
        if (isRegistryId() && (other.isRegistryId() || other.isUnlinked())
                || other.isRegistryId() && isUnlinked()) {
            return false;
        }
        String a = slug();
        String b = other.slug();
        return a.equals(b) || a.endsWith("-" + b) || b.endsWith("-" + a);
    }

    @Override
    public String toString() {
        return value;
    }
}
