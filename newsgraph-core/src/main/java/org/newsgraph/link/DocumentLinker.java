/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;

/**
 * The {@link Linker}: registry names (gazetteer) first, then the CRF's named entities where no registry name covers
 * them, outlets named by their web address ({@link OutletDomains}), then role nouns resolved on the article's date,
 * then institution nouns ("the police", "das Gericht") linked to their state ({@link InstitutionNouns}), then
 * document coreference, then stable {@code other:TYPE:slug} ids for what remains unknown, except abbreviations the
 * article defines ("Rapid Support Forces (RSF)"). Thread-safe.
 */
public final class DocumentLinker implements Linker {
    private final ActorRegistry registry;
    private final GazetteerMatcher gazetteer;
    private final RoleNouns roleNouns;
    private final DatedNames datedNames;
    private final InstitutionNouns institutionNouns;
    private final OutletDomains outletDomains;

    public DocumentLinker(ActorRegistry registry) {
        this.registry = registry;
        this.gazetteer = new GazetteerMatcher(registry);
        this.roleNouns = RoleNouns.load(registry);
        this.datedNames = new DatedNames(registry);
        this.institutionNouns = InstitutionNouns.load(registry);
        this.outletDomains = new OutletDomains(registry);
    }

    @Override
    public List<Entity> link(AnnotatedText text) {
        LocalDate day = text.article().published();
        List<Candidate> cands = outletDomains.resolve(text, merge(gazetteer.find(text), NerSpans.find(text)));
        List<Candidate> superseded = new ArrayList<>();
        cands.addAll(roleNouns.find(text, cands, day, superseded));
        cands.removeAll(superseded);
        cands = institutionNouns.resolve(text, cands);
        cands = assignOtherIds(cands, text, false);
        cands = Coreference.resolve(text, cands);
        cands = assignOtherIds(cands, text, true);
        cands = Abbreviations.resolve(text, cands);
        cands = datedNames.resolve(cands, day, text.language());
        cands = appositions(text, cands);
        return EntityAssembler.assemble(text, cands, registry);
    }

    /**
     * Registry matches win and a CRF span overlapping one is dropped, except that a place inside a longer
     * organisation name stays part of it ("FC Bayern München", "Universität Wien", "Bank of England"), a place
     * that ends a person's name is the surname ("Nikki Holland", "Jack London"), and a known surname that starts a
     * two-word person's name is someone else's first name.
     */
    static List<Candidate> merge(List<Candidate> gazetteer, List<Candidate> ner) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate g : gazetteer) {
            if (ner.stream().noneMatch(n -> crfNameHolds(g, n))) {
                out.add(g);
            }
        }
        for (Candidate n : ner) {
            boolean keep = gazetteer.stream().noneMatch(g -> g.overlaps(n))
                    || gazetteer.stream().filter(g -> g.overlaps(n)).allMatch(g -> crfNameHolds(g, n));
            if (keep) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** Where the CRF's longer name {@code n} stands and the registry's match {@code g} inside it goes. */
    private static boolean crfNameHolds(Candidate g, Candidate n) {
        return placeInsideOrganisation(g, n) || surname(g, n) || firstNameOfAnother(g, n);
    }

    /** A registry place name that ends a longer CRF person's name, after its first name. */
    private static boolean surname(Candidate g, Candidate n) {
        boolean place = g.type() == EntityType.LOCATION || g.type() == EntityType.COUNTRY;
        return place && n.type() == EntityType.PERSON && g.method().equals("gazetteer:name") && g.end() == n.end()
                && n.start() < g.start() && Character.isUpperCase(n.text().charAt(0));
    }

    /**
     * A known person's surname that starts a longer CRF person's name is another person's first name or an unknown
     * person's whole name ("Erdoğan Teziç" is not Recep Tayyip Erdoğan): a surname is the last word of a name.
     */
    private static boolean firstNameOfAnother(Candidate g, Candidate n) {
        return g.type() == EntityType.PERSON && n.type() == EntityType.PERSON && g.start() == n.start()
                && g.end() < n.end() && n.text().indexOf(' ', g.end() - n.start() + 1) < 0
                && n.text().substring(g.end() - n.start()).startsWith(" ");
    }

    /** A registry place name, or any derived word ("Deutsche" of "Deutsche Bank"), inside a longer CRF name. */
    private static boolean placeInsideOrganisation(Candidate g, Candidate n) {
        boolean strictlyInside = n.start() <= g.start() && g.end() <= n.end() && n.end() - n.start() > g.end() - g.start();
        if (!strictlyInside) {
            return false;
        }
        boolean derived = !g.method().equals("gazetteer:name") && !g.method().equals("gazetteer:seat");
        boolean place = g.type() == EntityType.LOCATION || g.type() == EntityType.COUNTRY;
        boolean organisation = n.type() == EntityType.ORGANIZATION || n.type() == EntityType.OTHER;
        return derived || (place && organisation);
    }

    /**
     * Gives unknown entities an id from their normalised name. Before coreference only multi-word names and
     * non-persons get one (single-word persons may still be short forms of a known name); afterwards everything does.
     */
    private static List<Candidate> assignOtherIds(List<Candidate> cands, AnnotatedText text, boolean all) {
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            if (c.actorId() != null || (!all && c.type() == EntityType.PERSON && c.tokens() < 2)) {
                out.add(c);
                continue;
            }
            String name = baseName(c, cands, text);
            String id = "other:" + c.type().name().toLowerCase(Locale.ROOT) + ":" + Slugs.of(name);
            out.add(c.link(id, c.type(), c.method(), c.confidence()));
        }
        return out;
    }

    /** The name without a German genitive "-s" when the article also uses the bare form. */
    private static String baseName(Candidate c, List<Candidate> cands, AnnotatedText text) {
        String bare = Coreference.stripGenitive(c.text(), text.language());
        if (!bare.equals(c.text()) && cands.stream().anyMatch(o -> o.text().equals(bare))) {
            return bare;
        }
        return c.text();
    }

    /** A role noun directly before a person's name is another mention of that person ("Machthaber Kim Jong-un"). */
    private List<Candidate> appositions(AnnotatedText text, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>(cands);
        for (Candidate c : cands) {
            if (c.type() != EntityType.PERSON || c.actorId() == null || c.first() == 0) {
                continue;
            }
            Sentence s = text.sentences().get(c.sentence());
            int k = c.first() - 1;
            var tok = s.tokens().get(k);
            boolean free = cands.stream().noneMatch(o -> o.sentence() == c.sentence() && o.first() <= k && k <= o.last());
            if (free && roleNouns.isRoleNoun(text.language(), tok.word())) {
                out.add(new Candidate(c.sentence(), k, k, tok.start(), tok.end(), text.cover(tok.start(), tok.end()),
                        EntityType.PERSON, c.actorId(), "role:apposition", 0.8));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    public ActorRegistry registry() {
        return registry;
    }
}
