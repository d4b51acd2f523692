/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The coder's passes in the order they run, checked once when assembled: names are unique, every requirement of a pass
 * is added by a pass before it, and sentence passes come before article passes (which run after all sentences).
 * Immutable and thread-safe.
 */
final class EventPasses {
    private final List<SentencePass> sentence = new ArrayList<>();
    private final List<ArticlePass> article = new ArrayList<>();

    /**
     * @throws IllegalStateException when a pass requires what no earlier pass adds, two passes share a name, a sentence
     *                               pass follows an article pass, or a pass is neither kind
     */
    EventPasses(List<? extends EventPass> passes) {
        Set<Fact> added = EnumSet.noneOf(Fact.class);
        Set<String> names = new HashSet<>();
        for (EventPass p : passes) {
            if (!names.add(p.name())) {
                throw new IllegalStateException("two event passes are named '" + p.name() + "'");
            }
            Set<Fact> missing = EnumSet.noneOf(Fact.class);
            missing.addAll(p.requires());
            missing.removeAll(added);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("event pass '" + p.name() + "' requires " + missing
                        + ", which no pass before it adds (passes so far: " + names + ")");
            }
            added.addAll(p.adds());
            if (p instanceof SentencePass s) {
                if (!article.isEmpty()) {
                    throw new IllegalStateException("sentence pass '" + p.name() + "' comes after article pass '"
                            + article.get(article.size() - 1).name() + "', which runs after every sentence");
                }
                sentence.add(s);
            } else if (p instanceof ArticlePass a) {
                article.add(a);
            } else {
                throw new IllegalStateException("event pass '" + p.name() + "' is neither a sentence nor an article "
                        + "pass");
            }
        }
    }

    /** The drafts of one sentence after every sentence pass. */
    List<Draft> sentence(EventContext cx) {
        if (!TRACE) {
            return run(sentence, cx, List.of());
        }
        List<Draft> out = List.of();
        for (SentencePass p : sentence) {
            List<Draft> before = out;
            out = List.copyOf(p.apply(cx, out));
            trace(cx, p.name(), before, out);
        }
        return out;
    }

    /**
     * With {@code -Dnewsgraph.events.trace=true} the coder says on standard error which drafts each sentence pass
     * dropped, so that an engineer can see why a sentence gave no event.
     */
    private static final boolean TRACE = Boolean.getBoolean("newsgraph.events.trace");

    private static void trace(EventContext cx, String pass, List<Draft> before, List<Draft> after) {
        if (before.isEmpty() && !after.isEmpty()) {
            StringBuilder parse = new StringBuilder();
            var toks = cx.tree().sentence().tokens();
            for (int i = 0; i < toks.size(); i++) {
                parse.append(' ').append(i).append(':').append(toks.get(i).word()).append('/')
                        .append(cx.tree().relation(i)).append('>').append(cx.tree().head(i));
            }
            System.err.printf(java.util.Locale.ROOT, "trace: %s sentence %d: parse%s%n", cx.text().article().id(),
                    cx.tree().sentence().index(), parse);
            StringBuilder refs = new StringBuilder();
            for (ActorRefs.Ref r : cx.refs().within(cx.tree().sentence().start(), cx.tree().sentence().end())) {
                refs.append(" [").append(r.text()).append("=").append(r.entity()).append(']');
            }
            System.err.printf(java.util.Locale.ROOT, "trace: %s sentence %d: actors%s%n", cx.text().article().id(),
                    cx.tree().sentence().index(), refs);
        }
        if (before.isEmpty()) {
            for (Draft d : after) {
                System.err.printf(java.util.Locale.ROOT, "trace: %s sentence %d: %s found %s (%s/%s %s)%n",
                        cx.text().article().id(), cx.tree().sentence().index(), pass, cx.tree().sentence().tokens().get(d.token()).word(),
                        d.predicate().lemma(), d.predicate().noun() ? "noun" : "verb", d.predicate().type());
            }
        }
        for (Draft d : before) {
            boolean kept = after.stream().anyMatch(a -> a.token() == d.token() && a.predicate() == d.predicate());
            if (!kept) {
                String word = cx.tree().sentence().tokens().get(d.token()).word();
                System.err.printf(java.util.Locale.ROOT, "trace: %s sentence %d: %s dropped %s (%s/%s %s) source=%s target=%s%s%n",
                        cx.text().article().id(), cx.tree().sentence().index(), pass, word, d.predicate().lemma(),
                        d.predicate().noun() ? "noun" : "verb", d.predicate().type(),
                        d.roles().source() == null ? "-" : d.roles().source().entity(),
                        d.roles().target() == null ? "-" : d.roles().target().entity(),
                        d.heads() == null ? "" : " heads=" + heads(cx, d.heads().sources()) + "/"
                                + heads(cx, d.heads().targets()));
            }
        }
    }

    /** Heads as rule:word ("subject:Kenya"; "-" for a head without a token). */
    private static List<String> heads(EventContext cx, List<Draft.Head> heads) {
        return heads.stream().map(h -> h.rule() + ":" + (h.token() < 0 ? "-"
                : cx.tree().sentence().tokens().get(h.token()).word())).toList();
    }

    /** The drafts of the article after every article pass. */
    List<Draft> article(ArticleContext cx, List<Draft> drafts) {
        List<Draft> out = List.copyOf(drafts);
        for (ArticlePass p : article) {
            out = List.copyOf(p.apply(cx, out));
        }
        return out;
    }

    /** The names of the passes, in order. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        sentence.forEach(p -> out.add(p.name()));
        article.forEach(p -> out.add(p.name()));
        return out;
    }

    /** Runs some sentence passes in order on some drafts (also for a pass that resolves the drafts it makes itself). */
    static List<Draft> run(List<SentencePass> passes, EventContext cx, List<Draft> drafts) {
        List<Draft> out = List.copyOf(drafts);
        for (SentencePass p : passes) {
            out = List.copyOf(p.apply(cx, out));
        }
        return out;
    }
}
