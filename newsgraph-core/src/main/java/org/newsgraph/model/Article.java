/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One news article as the extract stage delivers it: metadata plus structured text. The analysed text and its offsets
 * come from {@link ArticleText#of(Article)}.
 *
 * @param id         stable identifier: a hash of the canonical URL, else of the text ({@link ArticleIds})
 * @param url        where the article was read from, or {@code null}
 * @param canonicalUrl the publisher's canonical URL when declared, or {@code null}
 * @param outlet     outlet or site name, or {@code null}
 * @param language   ISO 639-1 code as declared or detected, or {@code null} when unknown
 * @param published  publication day, or {@code null} when undateable
 * @param dateMethod where {@code published} came from ({@link DateMethod#NONE} when it is null)
 * @param modified   last modification day when the page declares one, or {@code null}
 * @param kicker     the line above the headline ("Neue Partnerschaft"), or {@code null}
 * @param title      the headline, or {@code null}
 * @param lead       the standfirst / first paragraph, or {@code null}
 * @param body       body blocks in reading order
 * @param authors    author names as given
 * @param paywalled  whether the page declares (part of) the article as paywalled
 * @param extraction which reader or extraction stage produced this record (for example {@code plain-text})
 * @param warnings   best-effort flags set by the reader (for example a truncated page)
 */
public record Article(
        String id,
        String url,
        String canonicalUrl,
        String outlet,
        String language,
        LocalDate published,
        DateMethod dateMethod,
        LocalDate modified,
        String kicker,
        String title,
        String lead,
        List<Paragraph> body,
        List<String> authors,
        boolean paywalled,
        String extraction,
        List<String> warnings) {

    public Article {
        body = List.copyOf(Objects.requireNonNull(body, "body"));
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        dateMethod = published == null ? DateMethod.NONE : Objects.requireNonNull(dateMethod, "dateMethod");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.url = url;
        b.canonicalUrl = canonicalUrl;
        b.outlet = outlet;
        b.language = language;
        b.published = published;
        b.dateMethod = dateMethod;
        b.modified = modified;
        b.kicker = kicker;
        b.title = title;
        b.lead = lead;
        b.body = new ArrayList<>(body);
        b.authors = new ArrayList<>(authors);
        b.paywalled = paywalled;
        b.extraction = extraction;
        b.warnings = new ArrayList<>(warnings);
        return b;
    }

    /** Mutable builder; {@link #build()} computes the id from URL or text when none was set. */
    public static final class Builder {
        private String id;
        private String url;
        private String canonicalUrl;
        private String outlet;
        private String language;
        private LocalDate published;
        private DateMethod dateMethod = DateMethod.NONE;
        private LocalDate modified;
        private String kicker;
        private String title;
        private String lead;
        private List<Paragraph> body = new ArrayList<>();
        private List<String> authors = new ArrayList<>();
        private boolean paywalled;
        private String extraction = "unknown";
        private List<String> warnings = new ArrayList<>();

        public Builder id(String v) { id = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
        public Builder outlet(String v) { outlet = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder modified(LocalDate v) { modified = v; return this; }
        public Builder kicker(String v) { kicker = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder lead(String v) { lead = v; return this; }
        public Builder body(List<Paragraph> v) { body = new ArrayList<>(v); return this; }
        public Builder addParagraph(Paragraph p) { body.add(p); return this; }
        public Builder authors(List<String> v) { authors = new ArrayList<>(v); return this; }
        public Builder paywalled(boolean v) { paywalled = v; return this; }
        public Builder extraction(String v) { extraction = v; return this; }
        public Builder warning(String v) { warnings.add(v); return this; }

        /** Sets the publication day and where it came from; a null day means undateable. */
        public Builder published(LocalDate day, DateMethod method) {
            published = day;
            dateMethod = day == null ? DateMethod.NONE : method;
            return this;
        }

        public LocalDate published() { return published; }
        public String title() { return title; }
        public String language() { return language; }

        public Article build() {
            Article a = new Article(id, url, canonicalUrl, outlet, language, published, dateMethod, modified,
                    kicker, title, lead, body, authors, paywalled, extraction, warnings);
            return id != null ? a : a.withId(ArticleIds.of(a));
        }
    }

    /** A copy with another id. */
    public Article withId(String newId) {
        return new Article(newId, url, canonicalUrl, outlet, language, published, dateMethod, modified, kicker, title,
                lead, body, authors, paywalled, extraction, warnings);
    }

    /** True when the article carries no text at all. */
    public boolean isEmpty() {
        return blank(kicker) && blank(title) && blank(lead) && body.stream().allMatch(p -> blank(p.text()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
