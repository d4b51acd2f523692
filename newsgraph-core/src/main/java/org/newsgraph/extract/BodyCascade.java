/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * Cleans the page and runs the body cascade ({@link DomCleaner}, {@link ContentFinder}, {@link LeadFinder},
 * {@link BodyAssembler}). When no stage found a body (stage {@code page}) and that leaves almost nothing of a page
 * with plenty of text, the names misled the cleaner (a body wrapper classed like a sidebar, an article set in an
 * {@code <aside>}): the cascade runs once more on a fresh parse cleaned by tags only
 * ({@link DomCleaner#cleanByTags}), and its result is taken when it is much longer and holds prose; its stage is
 * recorded with a {@code lenient-} prefix. Stops early when the time budget is spent.
 */
final class BodyCascade {
    /** The body text and the stage that chose it. */
    record Result(BodyAssembler.Body text, String stage) {}

    /** A page with at least this much unlinked text before cleaning is not expected to give under MIN_CHARS. */
    private static final int LENIENT_MIN_PAGE_CHARS = 1000;
    /** Paragraphs this long are prose; the lenient result needs MIN_CHARS of them. */
    private static final int PROSE_PARAGRAPH_CHARS = 80;
    /** The lenient result must be this many times longer than the first. */
    private static final int LENIENT_GAIN = 2;

    private BodyCascade() {}

    /**
     * @param body       the page's body, cleaned in place
     * @param freshBody  a fresh parse of the same page's body, for the second attempt
     * @param clock      the budget's clock, compared with {@code deadline}
     */
    static Result run(Element body, Supplier<Element> freshBody, PageMetadata pm, ClassVerdicts verdicts,
            LongSupplier clock, long deadline, List<String> warnings) {
        TextStats stats = TextStats.of(body);
        TextStats.Stat page = stats.get(body);
        int plainBefore = page.chars - page.linkChars;
        boolean late = clock.getAsLong() > deadline;
        if (!late) {
            DomCleaner.clean(body, verdicts, stats);
            late = clock.getAsLong() > deadline;
        }
        if (late) {
            warnings.add("time-budget-exceeded");
            return new Result(BodyAssembler.assemble(null, BlockExtractor.blocks(List.of(body)), pm), "page");
        }
        Result first = cascade(body, stats, pm, verdicts, "");
        if (!first.stage().equals("page") || first.text().chars() >= ContentFinder.MIN_CHARS
                || plainBefore < LENIENT_MIN_PAGE_CHARS) {
            return first;
        }
        Element fresh = freshBody.get();
        if (fresh == null || clock.getAsLong() > deadline) {
            return first;
        }
        TextStats freshStats = TextStats.of(fresh);
        DomCleaner.cleanByTags(fresh, freshStats);
        Result second = cascade(fresh, freshStats, pm, new ClassVerdicts(), "lenient-");
        return proseChars(second.text()) >= ContentFinder.MIN_CHARS
                && second.text().chars() > first.text().chars() * LENIENT_GAIN ? second : first;
    }

    /** Characters in sentence-length paragraphs: login forms and button rows have none, so they cannot win. */
    static int proseChars(BodyAssembler.Body text) {
        int n = text.lead() != null && text.lead().length() >= PROSE_PARAGRAPH_CHARS ? text.lead().length() : 0;
        for (org.newsgraph.model.Paragraph p : text.paragraphs()) {
            if (p.text().length() >= PROSE_PARAGRAPH_CHARS) {
                n += p.text().length();
            }
        }
        return n;
    }

    private static Result cascade(Element body, TextStats stats, PageMetadata pm, ClassVerdicts verdicts,
            String prefix) {
        ContentFinder.Choice choice = ContentFinder.find(body, stats, verdicts);
        String lead = LeadFinder.find(body, choice.roots(), stats, pm.description());
        return new Result(BodyAssembler.assemble(lead, BlockExtractor.blocks(choice.roots()), pm),
                prefix + choice.stage());
    }
}
