/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What the class and id of an element say ({@link Boilerplate}), remembered per page: a page repeats the same class
 * names on many elements, so each distinct name is matched once. One instance per page; not thread-safe.
 */
final class ClassVerdicts {
    private final Map<String, Integer> memo = new HashMap<>();

    /** True when the element's class or id names furniture whatever its size. */
    boolean furniture(Element e) {
        return verdict(e) == Boilerplate.STRONG;
    }

    /** True when the element's class or id names furniture if the element is small or link-heavy. */
    boolean weakFurniture(Element e) {
        return verdict(e) == Boilerplate.WEAK;
    }

    /** True when the element's class or id names furniture if the element is link-heavy ("teaser", "header"). */
    boolean linkishFurniture(Element e) {
        return verdict(e) == Boilerplate.LINKISH;
    }

    /** True when the element's class or id names a region that usually holds the body ("main-content"). */
    boolean region(Element e) {
        return verdict(e) == Boilerplate.REGION;
    }

    /** True when the element's class or id names an article body. */
    boolean body(Element e) {
        return verdict(e) == Boilerplate.BODY;
    }

    private int verdict(Element e) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        String ci = Boilerplate.classAndId(e);
        return ci.isEmpty() ? 0 : memo.computeIfAbsent(ci, Boilerplate::verdict);
    }
}
