/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.newsgraph.link.Slugs;
import org.newsgraph.model.Argument;

/**
 * An actor as the real-text gold writes it (docs/annotation.md, "Actor references"): an id of the actor registry
 * ({@code country:USA}), a name as the text gives it for an actor the registry lacks, or {@code -} for none. A
 * prediction's actor becomes a reference too: its entity id, else its words.
 *
 * <p>Two references name the same actor when they are equal, or — where neither is a registry id, or one is a name an
 * annotator wrote — when their names agree ({@link #sameName}: "Esper" and "Mark Esper", "Robert Mugabe" and "Robert Gabriel
 * Mugabe"). A
 * registry id never matches another registry id, nor the pipeline's {@code other:TYPE:slug} for a name it failed to
 * link.
 */
record ActorRef(String value) {
    private static final Set<String> REGISTRY_KINDS = Set.of("country", "person", "org", "group", "media", "location",
            "region");

    static final ActorRef NONE = new ActorRef("-");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

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
        return sameName(slug(), other.slug());
    }

    /**
     * Two name slugs name one person or body when they are equal, or when they end in the same word and the shorter
     * one's words all occur, in order, in the longer one ("robert-mugabe" in "robert-gabriel-mugabe", "esper" in
     * "mark-esper"); a generational suffix ("jr") is not the last name.
     */
    static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        if (shorter.isEmpty() || !shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))) {
            return false;
        }
        int i = 0;
        for (String w : longer) {
            if (i < shorter.size() && w.equals(shorter.get(i))) {
                i++;
            }
        }
        return i == shorter.size();
    }

    private static List<String> words(String slug) {
        List<String> out = new ArrayList<>(Arrays.asList(slug.split("-")));
        while (out.size() > 1 && SUFFIXES.contains(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    @Override
    public String toString() {
        return value;
    }
}
