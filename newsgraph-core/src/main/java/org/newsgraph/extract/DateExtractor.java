/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.newsgraph.model.DateMethod;

/**
 * Finds the publication day of a page, recording which stage decided it. The page's own display comes first when
 * its metadata backs it: the first date shown after the headline wins when a declared day (URL, published,
 * modified, a bare {@code date} tag) lies within a day of it, because pages show the day their readers are meant to
 * see (the update of a revised article, the local day of a time stamp declared in UTC). Then the declared days in
 * order of trust: the URL, the publication day, the modification day when only it is written in the page, the bare
 * {@code date} tag; then the text: the first date after the headline, a date right after the headline, any shown
 * date, the day written most often. A page without one stays undateable: the fetch date is never used. Stateless.
 */
final class DateExtractor {
    /** A day and where it was found. */
    record Found(LocalDate day, DateMethod method) {
        static final Found NONE = new Found(null, DateMethod.NONE);
    }

    private DateExtractor() {}

    static Found published(DeclaredDates declared, Document doc, ClassVerdicts verdicts) {
        if (doc.body() == null) {
            Found f = firstOf(declared.url(), declared.published(), declared.generic());
            return f == null ? Found.NONE : f;
        }
        ShownDates shown = new ShownDates(doc.body(), verdicts);
        LocalDate first = shown.afterHeadline();
        if (first != null && declared.confirms(first)) {
            Found same = declared.declaring(first);
            return same != null ? same : new Found(first, DateMethod.TEXT);
        }
        if (first != null && declared.url() == null && declared.published() == null) {
            // a bare "date" tag is as often the last change as the publication: the page's display decides
            return new Found(first, DateMethod.TEXT);
        }
        Found f = firstOf(declared.url(), revised(declared, shown), declared.published(), declared.generic());
        if (f != null) {
            return f;
        }
        LocalDate d = shown.nearHeadline();
        if (d == null) {
            d = shown.anywhere();
        }
        if (d == null) {
            d = shown.mostWritten();
        }
        return d == null ? Found.NONE : new Found(d, DateMethod.TEXT);
    }

    /**
     * The modification day when the page writes it and not the publication day: the page presents itself as of its
     * revision, and that is the day a reader would cite.
     */
    private static Found revised(DeclaredDates declared, ShownDates shown) {
        Found pub = declared.published();
        Found mod = declared.modified();
        if (pub == null || mod == null || declared.url() != null || pub.day().equals(mod.day())) {
            return null;
        }
        return shown.written(mod.day()) && !shown.written(pub.day()) ? mod : null;
    }

    private static Found firstOf(Found... found) {
        for (Found f : found) {
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
