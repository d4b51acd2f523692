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
    /** Class or id fragments of furniture; matched against the lower-cased {@code class} and {@code id}. */
    private static final Pattern FURNITURE = Pattern.compile(
            "comment|kommentar|share|sharing|social|sociable|related|recommend|empfehl|newsletter|cookie|consent|"
            + "gdpr|privacy-|sidebar|side-bar|breadcrumb|footer|navbar|navigation|(?:^|[\\s_-])nav(?:$|[\\s_-])|"
            + "menu|subscribe|subscription|abonn|promo|advert|werbung|anzeige|(?:^|[\\s_-])ads?(?:$|[\\s_-])|"
            + "ad-slot|adslot|adunit|ad-container|banner|popup|modal|overlay|outbrain|taboola|plista|widget|"
            + "caption|credit|copyright|bildunterschrift|bildnachweis|(?:^|[\\s_-])tags?(?:$|[\\s_-])|tag-list|"
            + "taglist|pagination|pager|toolbar|skip-|skiplink|sr-only|visually-hidden|screen-reader|"
            + "screenreader|login|signup|sign-up|register|donat|more-stories|morestories|read-more|readmore|"
            + "most-popular|mostpopular|popular|trending|carousel|sponsor|rating|author-bio|authorbio|author-box|"
            + "autorenbox|about-the-author|byline|dateline|article-meta|post-meta|entry-meta|meta-data|"
            + "teaser|further|weitere|mehr-zum|lesen-sie|also-read|see-also|next-article|prev-article|"
            + "print-|jump-to|in-article-|inline-link|video-player|player|podcast|audio|gallery|slideshow|"
            + "feedback|report-error|fehler|correction-form|paywall|piano|offer|upsell|app-promo|download-app|"
            + "follow-us|followus|masthead|site-header|page-header|header-|topbar|top-bar|disclaimer|legal|"
            + "signature|infobox|info-box|factbox|(?:^|[\\s_-])toc(?:$|[\\s_-])|table-of-contents|tooltip|alert|notice|notification");

    /** Class or id fragments of the article body; an element carrying one is never removed as furniture. */
    static final Pattern BODY = Pattern.compile(
            "articlebody|article-body|article__body|article_body|articletext|article-text|article__text|"
            + "article_text|article-content|article__content|articlecontent|article_content|entry-content|"
            + "entry__content|entrycontent|post-content|post__content|postcontent|post_content|post-body|postbody|"
            + "post-entry|postentry|post-text|post_text|story-body|storybody|story__body|story-content|"
            + "storycontent|story-text|storytext|body-text|bodytext|text-content|content-body|content__body|"
            + "contentbody|rich-text|richtext|article-main|main-text|field-body|field-name-body|news-text|"
            + "newstext|single-content|entry-body|blog-content|blogcontent|page-content|main-content|"
            + "maincontent|artikel-text|artikeltext|beitrag|article-text|td-post-content|article__text|"
            + "content-text|text-body|textbody|articlepage|article-page|art-content|theme-content|"
            + "section-content|article-container|article__container|fulltext|full-text");

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

    /** True when the lower-cased class-and-id string names furniture and no article body. */
    static boolean isFurniture(String classAndId) {
        return !classAndId.isEmpty() && FURNITURE.matcher(classAndId).find() && !BODY.matcher(classAndId).find();
    }

    /** True when the lower-cased class-and-id string names an article body container. */
    static boolean isBody(String classAndId) {
        return !classAndId.isEmpty() && BODY.matcher(classAndId).find();
    }

    /** True when a short block of text is furniture ("Mehr zum Thema", "Share this", "© 2024 ..."). */
    static boolean isFurnitureLine(String text) {
        String t = text.strip();
        return t.length() <= MAX_LINE_CHARS && LINE.matcher(t).matches();
    }

    /** The lower-cased class and id of an element, joined by a space. */
    static String classAndId(org.jsoup.nodes.Element e) {
        String c = e.attributes().getIgnoreCase("class");
        String id = e.attributes().getIgnoreCase("id");
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }
}
