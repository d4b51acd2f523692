/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.nlp.DependencyTree;

/**
 * The {@link EventCoder}: lexicon predicates on lemmas, arguments from the dependency tree resolved to actors, time,
 * mood, and certainty and attribution from the claim that contains the predicate, as a sequence of named passes over
 * immutable drafts ({@link #passes}, listed in docs/events.md). Precision first: an event needs a source actor and,
 * unless its predicate stands alone, a target; a nominalisation that is the object of a coded verb adds no event of
 * its own. Thread-safe.
 */
public final class LexiconEventCoder implements EventCoder {
    private final PredicateFinder finder;
    private final EventPasses passes;

    public LexiconEventCoder(ActorRegistry registry) {
        ObjectClasses objects = ObjectClasses.load();
        this.finder = new PredicateFinder(PredicateLexicon.load(), objects);
        this.passes = new EventPasses(passes(new Actors(registry), new ImplicitActors(registry), objects));
    }

    /**
     * The passes in the order they run: the one place where the coder is put together. Sentence passes run on each
     * sentence in turn (each sentence sees the events of those before it), then article passes on all events. A new
     * pass goes where what it requires has been added; {@link EventPasses} rejects the list at start-up otherwise.
     */
    private static List<EventPass> passes(Actors actors, ImplicitActors implicit, ObjectClasses objects) {
        ActorsPass resolve = new ActorsPass(actors, implicit);
        AnaphoraPass anaphora = new AnaphoraPass(actors);
        PlacePass place = new PlacePass(actors);
        PrecisionPass precision = new PrecisionPass();
        return List.of(
                new PredicatesPass(),
                new SourcesPass(actors),
                new TargetsPass(),
                new GuestsPass(actors),
                new GroupsPass(actors),
                resolve,
                anaphora,
                place,
                new ReciprocalPass(),
                precision,
                // a coordinated party's draft is resolved by the same passes as the first
                new CoordinationPass(List.of(resolve, anaphora, place, precision)),
                new TimePass(),
                new AttributionPass(),
                new ProtestPass(),
                new ModalityPass(),
                new EmitPass(),
                new ParticipationPass(actors),
                new NominalPass(),
                new DistinctPass(),
                new RejectionsPass(objects, actors),
                new MergePass(actors),
                new MethodPass(),
                new NumberPass());
    }

    /** The names of the passes in the order they run. */
    List<String> passNames() {
        return passes.names();
    }

    @Override
    public Set<Integer> sentencesToParse(AnnotatedText text, List<Entity> entities) {
        ActorRefs refs = new ActorRefs(entities);
        Set<Integer> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            // Only a sentence that names a party, or people the actor rules can resolve, is parsed (parsing is most
            // of the pipeline's time)
            boolean parties = refs.any(s.start(), s.end()) || Both.mentioned(s) || Groups.mentioned(s)
                    || ImplicitActors.namesPeople(s);
            if (parties && finder.anyPossible(text.language(), s)) {
                out.add(s.index());
            }
        }
        return out;
    }

    @Override
    public List<Event> code(AnnotatedText text, List<Entity> entities, List<Timex> timexes, List<Claim> claims) {
        ActorRefs refs = new ActorRefs(entities);
        List<Draft> drafts = new ArrayList<>();
        List<Event> earlier = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            DependencyTree tree = DependencyTree.of(s);
            if (tree == null) {
                continue;
            }
            List<Timex> sx = timexes.stream().filter(x -> x.sentence() == s.index()).toList();
            Map<Integer, Predicate> found = new java.util.LinkedHashMap<>(finder.predicates(text.language(), tree));
            // a word inside a date is no act: "scheduled for March 3", "im März"
            found.keySet().removeIf(k -> sx.stream().anyMatch(x -> x.start() <= s.tokens().get(k).start()
                    && s.tokens().get(k).end() <= x.end()));
            // nor is a word of a name: "Grant Shapps", "Amnesty International"
            found.keySet().removeIf(k -> inName(refs, s.tokens().get(k)));
            EventContext cx = new EventContext(text, tree, refs, sx, claims, text.article().published(),
                    java.util.Collections.unmodifiableMap(found), List.copyOf(earlier));
            for (Draft d : passes.sentence(cx)) {
                drafts.add(d);
                earlier.add(d.event());
            }
        }
        List<Event> out = new ArrayList<>();
        for (Draft d : passes.article(new ArticleContext(text, refs, timexes, claims), drafts)) {
            out.add(d.event());
        }
        return out;
    }

    private static boolean inName(ActorRefs refs, org.newsgraph.model.Token t) {
        for (ActorRefs.Ref r : refs.all()) {
            boolean name = !r.derived() && (r.type() == EntityType.PERSON || r.type() == EntityType.ORGANIZATION
                    || r.type() == EntityType.MEDIA || r.type() == EntityType.GROUP);
            if (name && r.start() <= t.start() && t.end() <= r.end()) {
                return true;
            }
        }
        return false;
    }
}
