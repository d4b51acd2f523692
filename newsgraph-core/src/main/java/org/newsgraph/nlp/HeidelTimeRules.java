/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Anchors HeidelTime's rule patterns where HeidelTime would reject a match anyway. HeidelTime scans every sentence
 * with every rule pattern (247 English, 164 German) and only afterwards drops a match that follows a letter, digit,
 * underscore, {@code $} or {@code +}, or a digit and a full stop ({@code ContextAnalyzer.checkInfrontBehind}); almost
 * all of the regex engine's work is spent on such starts inside words. Each pattern is given exactly that check as a
 * lookbehind in front ({@code (?<![\w$+])(?<!\d\.)(?:…)}: no capturing group is added, so group numbers, offsets and
 * normalisations stay as they are), so the engine gives up at those starts at once. A match HeidelTime keeps is found
 * all the same; the only difference is a rejected match that no longer hides a later, overlapping one that starts
 * inside it (listed in docs/decisions.md). The patterns live in HeidelTime's per-language {@code RuleManager}
 * singleton, so this is done once per language, before the first document.
 */
final class HeidelTimeRules {
    static final String ANCHOR = "(?<![\\w$+])(?<!\\d\\.)";
    private static final Set<Language> ANCHORED = EnumSet.noneOf(Language.class);

    private HeidelTimeRules() {}

    /** Anchors the rule patterns of {@code language} unless done already; HeidelTime's rules must be loaded. */
    static synchronized void anchor(Language language) {
        if (!ANCHORED.add(language)) {
            return;
        }
        RuleManager rules = RuleManager.getInstance(language, false);
        for (Map<Pattern, String> patterns : List.of(rules.getHmDatePattern(), rules.getHmDurationPattern(),
                rules.getHmTimePattern(), rules.getHmSetPattern())) {
            Map<Pattern, String> anchored = new HashMap<>();
            patterns.forEach((p, rule) -> anchored.put(anchored(p), rule));
            patterns.clear();
            patterns.putAll(anchored);
        }
    }

    static Pattern anchored(Pattern p) {
        return Pattern.compile(ANCHOR + "(?:" + p.pattern() + ")", p.flags());
    }
}
