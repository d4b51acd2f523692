/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The vocabulary of page furniture, generic across sites: class and id names of navigation, teasers, share bars,
 * newsletter and cookie boxes, comments, captions and credits, and the short lines such boxes print ("Mehr zum
 * Thema", "Das könnte Sie auch interessieren", "Related", "Fehler gefunden?"). No site is named here.
 */
final class Boilerplate {
    /** Class or id fragments that name furniture whatever its size. */
    private static final String FURNITURE =
            "comment|kommentar|social|sociable|related|recommend|empfehl|newsletter|cookie|consent|"
            + "gdpr|sidebar|side-bar|breadcrumb|footer|navbar|navigation|^nav$|^nav[_-]|[_-]nav$|[_-]nav[_-]|"
            + "menu|subscribe|subscription|abonn|promo|advert|werbung|anzeige|^ads?$|^ads?[_-]|[_-]ads?$|"
            + "ad-slot|adslot|adunit|ad-container|banner|popup|modal|outbrain|taboola|plista|widget-area|sidebar|"
            + "pagination|^pager|[_-]pager|pager$|toolbar|skiplink|skip-link|sr-only|visually-hidden|"
            + "screen-reader|screenreader|"
            + "login|signup|sign-up|donat|more-stories|morestories|read-more|readmore|most-popular|mostpopular|"
            + "trending|carousel|sponsor|rating|author-bio|authorbio|author-box|autorenbox|about-the-author|"
            + "also-read|see-also|next-article|prev-article|jump-to|video-player|podcast-player|slideshow|"
            + "report-error|correction-form|upsell|app-promo|download-app|follow-us|followus|masthead|"
            + "site-header|page-header|topbar|top-bar|tooltip|rollover|popover|hovercard|^toc$|table-of-contents|"
            + "print-only|printonly";
    /**
     * Fragments that name furniture only on small or link-heavy elements ("meta" may hold a byline only; share bars
     * are small, and a long block of prose classed "share" is a body wrapper that carries share buttons).
     */
    private static final String WEAK_NAMES =
            "caption|credit|copyright|share|sharing|bildunterschrift|bildnachweis|^tags?$|^tags?[_-]|[_-]tags?$|"
            + "tag-?list|taglist|byline|dateline|article-meta|post-meta|entry-meta|meta-?data|^meta$|further|"
            + "weitere|mehr-zum|lesen-sie|gallery|audio|player|feedback|fehler|offer|legal|disclaimer|signature|"
            + "infobox|info-box|factbox|alert|notice|notification|popular|overlay|privacy|widget|paywall";
    /** Fragments that name furniture only on link-heavy elements: a "teaser" or "header" may hold the lead. */
    private static final String LINKISH_NAMES = "teaser|header|^head$|[_-]head$|intro";
    /** Class or id fragments that name the article body itself; they win over any furniture name. */
    private static final String BODY_NAMES_ALTERNATION =
            "articlebody|article-body|article__body|article_body|articletext|article-text|article__text|"
            + "article_text|article-content|article__content|articlecontent|article_content|entry-content|"
            + "entry__content|entrycontent|post-content|post__content|postcontent|post_content|post-body|postbody|"
            + "post-entry|postentry|post-text|post_text|story-body|storybody|story__body|story-content|"
            + "storycontent|story-text|storytext|body-text|bodytext|content-body|content__body|contentbody|"
            + "rich-text|richtext|field-body|field-name-body|news-text|newstext|single-content|entry-body|"
            + "blog-content|blogcontent|artikel-text|artikeltext|td-post-content|content-text|text-body|textbody|"
            + "fulltext|full-text|article-main|main-text|text-content";
    /** Class or id fragments of regions that usually hold the body among other things ("main-content"). */
    private static final String REGION_NAMES =
            "main-content|maincontent|page-content|articlepage|article-page|beitrag|art-content|theme-content|"
            + "section-content|article-container|article__container|^content$|^article$|^story$|^post$|^entry$";
    private static final int KIND_BODY = 0;
    private static final int KIND_FURNITURE = 1;
    private static final int KIND_REGION = 2;
    private static final int KIND_WEAK = 3;
    private static final int KIND_LINKISH = 4;
    /** All name lists in one matcher, so that each class token is scanned once (in the order of the kinds above). */
    private static final Fragments NAMES = new Fragments(BODY_NAMES_ALTERNATION, FURNITURE, REGION_NAMES, WEAK_NAMES,
            LINKISH_NAMES);
    /** The body names alone, for comparing class names. */
    static final Fragments BODY_NAMES = new Fragments(BODY_NAMES_ALTERNATION);

    /** Short lines that only furniture prints, in German and English. */
    private static final Pattern LINE = Pattern.compile(
            "^(?:mehr zum thema|mehr zu(?:m)? .{0,40}|das könnte sie auch interessieren|das könnte dich auch "
            + "interessieren|lesen sie auch|lesen sie mehr|auch interessant|weitere artikel|weitere themen|"
            + "weiterlesen|zum thema|verwandte (?:artikel|themen)|empfohlene artikel|anzeige|werbung|"
            + "artikel teilen|teilen|jetzt teilen|fehler gefunden\\??.*|jetzt melden|newsletter.*|"
            + "related(?: articles| stories| content| coverage| posts)?|read more.*|read next|more from .{0,40}|"
            + "see also|recommended(?: for you)?|you may also like.*|you might also like.*|"
            + "advertisement|sponsored(?: content)?|share(?: this| this article| on .{0,20})?|"
            + "follow us.*|sign up.*|subscribe.*|click here.*|tap here.*|"
            + "copyright.*|©.*|all rights reserved.*|alle rechte vorbehalten.*|"
            + "kommentare?|comments?|\\d+ comments?|\\d+ kommentare?|leave a (?:comment|reply)|"
            + "drucken|print|e-?mail|facebook|twitter|whatsapp|linkedin|pinterest|xing|reddit|telegram|"
            + "zurück|back to top|nach oben|top|startseite|home|loading.*|wird geladen.*|"
            + "we use cookies.*|wir verwenden cookies.*|diese (?:website|seite) verwendet cookies.*|"
            + "cookie.{0,30}(?:einstellungen|settings)|akzeptieren|accept(?: all)?|zustimmen)[\\s.:!?»›>-]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_LINE_CHARS = 120;

    private Boilerplate() {}

    /**
     * What a class-and-id string says: {@link #BODY}, a body {@link #REGION}, {@link #STRONG}, {@link #WEAK} or
     * {@link #LINKISH} furniture, or 0 for nothing. A body name wins over furniture, furniture over a region.
     */
    static int verdict(String classAndId) {
        int v = 0;
        for (String token : Names.tokens(classAndId)) {
            if (Names.isTaxonomy(token)) {
                continue;
            }
            int kinds = NAMES.kindsIn(token);
            if ((kinds & 1 << KIND_BODY) != 0) {
                return BODY;
            }
            if ((kinds & 1 << KIND_FURNITURE) != 0) {
                v = STRONG;
            } else if (v != STRONG && (kinds & 1 << KIND_REGION) != 0) {
                v = REGION;
            } else if (v != STRONG && v != REGION && (kinds & 1 << KIND_WEAK) != 0) {
                v = WEAK;
            } else if (v == 0 && (kinds & 1 << KIND_LINKISH) != 0) {
                v = LINKISH;
            }
        }
        return v;
    }

    static final int STRONG = 1;
    static final int WEAK = 2;
    static final int BODY = 4;
    static final int LINKISH = 8;
    static final int REGION = 16;

    /** True when a short block of text is furniture ("Mehr zum Thema", "Share this", "© 2024 ..."). */
    static boolean isFurnitureLine(String text) {
        String t = text.strip();
        return t.length() <= MAX_LINE_CHARS && LINE.matcher(t).matches();
    }

    /** The lower-cased class and id of an element, joined by a space; empty when it has neither. */
    static String classAndId(org.jsoup.nodes.Element e) {
        if (e.attributesSize() == 0) {
            return "";
        }
        String c = e.attributes().getIgnoreCase("class");
        String id = e.attributes().getIgnoreCase("id");
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }
}
