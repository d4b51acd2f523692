/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * News outlets named by their web address ("wie faz.net berichtete", "according to bbc.co.uk"): a token that is a
 * domain name whose first label, in any case, is the registry name of exactly one outlet is a mention of that outlet.
 * A name the CRF read into such a token ("faz.net" as an organisation) gives way. Thread-safe.
 */
final class OutletDomains {
    /**
     * The shape of a host name, not a word of any language: an optional "www.", the label that names the site, and one
     * or two further labels of letters (the top-level domain, "co.uk").
     */
    private static final Pattern HOST = Pattern.compile("(?:www\\.)?([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)"
            + "(?:\\.\\p{L}{2,3})?\\.\\p{L}{2,6}");
    private final Map<String, String> outlets;

    OutletDomains(ActorRegistry registry) {
        Map<String, String> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Map.Entry<String, List<SurfaceForm>> e : registry.allForms().entrySet()) {
            for (SurfaceForm f : e.getValue()) {
                if (f.kind() != SurfaceForm.Kind.NAME || !f.actorId().startsWith("media:")) {
                    continue;
                }
                String key = e.getKey().replace(" ", "").toLowerCase(Locale.ROOT);
                String before = byName.putIfAbsent(key, f.actorId());
                if (before != null && !before.equals(f.actorId())) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(byName::remove);
        outlets = Map.copyOf(byName);
    }

    /** The candidates with every outlet address added, and unlinked candidates that overlap one removed. */
    List<Candidate> resolve(AnnotatedText text, List<Candidate> cands) {
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                String outlet = outletOf(t.word());
                if (outlet != null) {
                    found.add(new Candidate(s.index(), t.index(), t.index(), t.start(), t.end(), t.word(),
                            EntityType.MEDIA, outlet, "domain", 0.9));
                }
            }
        }
        if (found.isEmpty()) {
            return cands;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            boolean covered = found.stream().anyMatch(f -> f.overlaps(c));
            if (!covered) {
                out.add(c);
            } else if (c.actorId() != null) {
                found.removeIf(f -> f.overlaps(c)); // a registry name already there stays
                out.add(c);
            }
        }
        out.addAll(found);
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** The outlet a host name stands for, or null. */
    String outletOf(String word) {
        if (word.indexOf('.') < 0) {
            return null;
        }
        Matcher m = HOST.matcher(word);
        return m.matches() ? outlets.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }
}
