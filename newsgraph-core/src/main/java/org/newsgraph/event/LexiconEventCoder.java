/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Language;
import org.newsgraph.model.PloverType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * The {@link EventCoder}: lexicon predicates on lemmas, arguments from the dependency tree resolved to actors, time,
 * mood, and certainty and attribution from the claim that contains the predicate. Precision first: an event needs a
 * source actor and, unless its predicate stands alone, a target; a nominalisation that is the object of a coded verb
 * adds no event of its own. Thread-safe.
 */
public final class LexiconEventCoder implements EventCoder {
    /** German preposition and article in one word, as the parser's case marker stands for the preposition. */
    private static final Map<String, String> CONTRACTIONS = Map.of("zum", "zu", "zur", "zu", "im", "in", "ins", "in",
            "am", "an", "ans", "an", "vom", "von", "beim", "bei");
    private final PredicateLexicon lexicon = PredicateLexicon.load();
    private final ObjectClasses objects = ObjectClasses.load();
    private final EventAssembler assembler;
    private final ActorRegistry registry;

    public LexiconEventCoder(ActorRegistry registry) {
        this.assembler = new EventAssembler(registry);
        this.registry = registry;
    }

    @Override
    public Set<Integer> sentencesToParse(AnnotatedText text, List<Entity> entities) {
        ActorRefs refs = new ActorRefs(entities);
        Set<Integer> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            boolean parties = refs.any(s.start(), s.end()) || Both.mentioned(s) || Groups.mentioned(s);
            if (parties && s.tokens().stream().anyMatch(t -> candidates(text.language(), t).stream()
                    .anyMatch(pred -> possible(text.language(), s, pred)))) {
                out.add(s.index());
            }
        }
        return out;
    }

    /**
     * What can be known of an entry before the parse: a separable particle, the preposition of a {@code when:prep}
     * condition and a word of a {@code when:obj} class must occur in the sentence (the parse is the costliest stage).
     */
    private boolean possible(Language lang, Sentence s, Predicate pred) {
        if (pred.particle() != null && s.tokens().stream().noneMatch(t -> t.word().equalsIgnoreCase(pred.particle()))) {
            return false;
        }
        for (String req : pred.conditions()) {
            if (req.startsWith("prep:")) {
                String[] parts = req.split(":");
                if (s.tokens().stream().noneMatch(t -> CONTRACTIONS.getOrDefault(t.word().toLowerCase(Locale.ROOT),
                        t.word().toLowerCase(Locale.ROOT)).equals(parts[1]))) {
                    return false;
                }
                if (parts.length > 2 && s.tokens().stream().noneMatch(t -> objects.is(parts[2], lang, t))) {
                    return false;
                }
            } else if (req.startsWith("obj:")) {
                String cls = req.substring(4);
                if (s.tokens().stream().noneMatch(t -> objects.is(cls, lang, t))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public List<Event> code(AnnotatedText text, List<Entity> entities, List<Timex> timexes, List<Claim> claims) {
        ActorRefs refs = new ActorRefs(entities);
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : text.sentences()) {
            DependencyTree tree = DependencyTree.of(s);
            if (tree == null) {
                continue;
            }
            List<Timex> sx = timexes.stream().filter(x -> x.sentence() == s.index()).toList();
            Map<Integer, Predicate> preds = predicates(text.language(), tree);
            EventContext cx = new EventContext(text, tree, refs, sx, claims, text.article().published(), preds, out);
            // verbs first, so that a nominalisation can defer to the verb it is the object of
            Map<Integer, List<Event>> byToken = new TreeMap<>();
            for (boolean nouns : new boolean[] {false, true}) {
                for (Map.Entry<Integer, Predicate> occ : preds.entrySet()) {
                    int p = occ.getKey();
                    Predicate pred = occ.getValue();
                    if (pred.noun() != nouns || requestContent(tree, p, preds)
                            || NominalFilter.skip(tree, p, pred, preds, byToken.keySet())) {
                        continue;
                    }
                    List<Event> events = Participation.bySubject(cx, p, pred, assembler.events(cx, s.tokens().get(p), pred),
                            r -> assembler.actorOf(cx, r));
                    if (!events.isEmpty()) {
                        byToken.put(p, events);
                    }
                }
            }
            for (List<Event> events : byToken.values()) {
                for (Event e : events) {
                    if (seen.add(s.index() + "|" + e.type() + "|" + e.source().entity() + "|"
                            + (e.target() == null ? "" : e.target().entity()))) {
                        out.add(e);
                    }
                }
            }
        }
        Function<String, String> countryOf = id -> registry.get(id).map(a -> a.iso3() != null ? a.iso3() : a.country())
                .orElse(null);
        List<Event> done = Duplicates.merge(Rejections.complete(out, claims, text, objects, countryOf), text.text(),
                countryOf);
        List<Event> numbered = new ArrayList<>(done.size());
        for (Event e : done) {
            numbered.add(e.withId("e" + (numbered.size() + 1)));
        }
        return numbered;
    }

    /** Each token's first applicable lexicon entry, in text order. */
    private Map<Integer, Predicate> predicates(Language lang, DependencyTree tree) {
        Map<Integer, Predicate> out = new LinkedHashMap<>();
        for (Token tok : tree.sentence().tokens()) {
            for (Predicate pred : candidates(lang, tok)) {
                if (applies(lang, tree, tok.index(), pred)) {
                    out.put(tok.index(), pred);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "demanded that Ukraine withdraw", "faces pressure from Congress to help Iran": what a request asks for is its
     * content, not an event of its own.
     */
    private static boolean requestContent(DependencyTree t, int p, Map<Integer, Predicate> preds) {
        int h = t.head(p);
        if (h < 0 || !(t.is(p, "ccomp") || t.is(p, "xcomp"))) {
            return false;
        }
        Predicate governor = preds.get(h);
        if (governor != null && !governor.noun() && governor.type() == PloverType.REQUEST) {
            return true;
        }
        for (int o : t.children(h)) {
            Predicate noun = preds.get(o);
            if (ArgumentFinder.objectLike(t, o) && noun != null && noun.noun() && noun.type() == PloverType.REQUEST) {
                return true;
            }
        }
        return false;
    }

    /** Lexicon entries for a token: its lemma, its lower-cased form, or the last part of a hyphenated compound. */
    private List<Predicate> candidates(Language lang, Token t) {
        String pos = t.pos();
        boolean verb = pos.startsWith("VB") || "VERB".equals(pos) || ("ADJ".equals(pos) && lang == Language.GERMAN
                && lexicon.lookup(lang, t.lemma()).stream().anyMatch(pr -> !pr.noun()));
        boolean noun = pos.startsWith("NN") || "NOUN".equals(pos) || "PROPN".equals(pos);
        if (!verb && !noun) {
            return List.of();
        }
        List<Predicate> out = new ArrayList<>(lexicon.lookup(lang, t.lemma()));
        String lower = t.word().toLowerCase(lang.locale());
        if (!lower.equals(t.lemma())) {
            out.addAll(lexicon.lookup(lang, lower));
        }
        String infinitive = lang == Language.GERMAN && verb ? lexicon.germanInfinitive(lower) : null;
        if (out.isEmpty() && infinitive != null) {
            out.addAll(lexicon.lookup(lang, infinitive)); // "empfing", which the lemmatizer leaves as "empfingen"
        }
        int dash = lower.lastIndexOf('-');
        if (noun && dash > 0 && dash < lower.length() - 1) {
            out.addAll(lexicon.lookup(lang, lower.substring(dash + 1)));
        }
        out.removeIf(pr -> pr.noun() != noun);
        return out;
    }

    private boolean applies(Language lang, DependencyTree t, int p, Predicate pred) {
        if (pred.particle() == null && !pred.noun()) {
            for (int c : t.children(p, "compound:prt")) {
                return false; // "schließt … aus" is not "schließt": a separated particle makes another verb
            }
        }
        if (pred.particle() != null && !hasParticle(t, p, pred.particle())) {
            return false;
        }
        for (String req : pred.conditions()) {
            if (!holds(lang, t, p, req)) {
                return false;
            }
        }
        return true;
    }

    /** One condition of an entry ({@link Predicate#conditions()}) at token {@code p}. */
    private boolean holds(Language lang, DependencyTree t, int p, String req) {
        if (req.startsWith("prep:")) {
            String[] parts = req.split(":");
            if (parts.length == 2) {
                return ArgumentFinder.governs(t, p, parts[1]);
            }
            // "spoke on the phone", "ging auf Distanz zu": the phrase's noun must be of the class
            for (int c : t.children(p)) {
                if (ArgumentFinder.isCase(t, c, parts[1]) && objects.is(parts[2], lang, t.sentence().tokens().get(c))) {
                    return true;
                }
            }
            return false;
        }
        if (req.equals("control")) {
            // "wants Putin to attack": an object and what it is to do make an appeal; "wants to attack" is a wish
            return !t.children(p, "xcomp").isEmpty() && t.children(p).stream().anyMatch(c -> ArgumentFinder.objectLike(t, c));
        }
        if (req.startsWith("obj:")) {
            String cls = req.substring(4);
            for (int c : passiveClauseSubjects(t, p)) {
                if (objects.is(cls, lang, t.sentence().tokens().get(c)) || anyConjunct(lang, t, c, cls)) {
                    return true;
                }
            }
            return false;
        }
        throw new IllegalStateException("unknown condition '" + req + "'");
    }

    /**
     * The separated particle of a German verb ("lud … ein", "stimmte … zu"): a dependent of the verb, or, where the
     * parser hung it elsewhere, the word that closes the verb's clause.
     */
    private static boolean hasParticle(DependencyTree t, int p, String particle) {
        for (int c : t.children(p)) {
            if (t.sentence().tokens().get(c).word().equalsIgnoreCase(particle)) {
                return true;
            }
        }
        List<Token> toks = t.sentence().tokens();
        int[] span = t.span(p);
        for (int k = p + 1; k <= span[1]; k++) {
            boolean closes = k + 1 >= toks.size() || "PUNCT".equals(toks.get(k + 1).pos());
            if (closes && toks.get(k).word().equalsIgnoreCase(particle) && t.dominates(p, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a verb acts on: its objects and passive subject, and the subject of a clause the parser made its passive
     * subject ("The civilians imprisoned for … were released").
     */
    private static List<Integer> passiveClauseSubjects(DependencyTree t, int p) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(p)) {
            if (ArgumentFinder.objectLike(t, c) || t.is(c, "nsubj:pass")) {
                out.add(c);
            }
            if (t.is(c, "csubj:pass")) {
                out.addAll(ArgumentFinder.subjects(t, c));
            }
        }
        return out;
    }

    private boolean anyConjunct(Language lang, DependencyTree t, int c, String cls) {
        for (int k : t.children(c, "conj")) {
            if (objects.is(cls, lang, t.sentence().tokens().get(k))) {
                return true;
            }
        }
        return false;
    }
}
