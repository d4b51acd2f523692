/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.claim.ClaimAssembler;
import org.newsgraph.claim.ClaimExtractor;
import org.newsgraph.claim.Draft;
import org.newsgraph.claim.rules.RuleClaimExtractor;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;

/**
 * The standard {@link ClaimExtractor}: for German, the learned taggers of a {@link ClaimModel} decide which tokens
 * are reported speech and who says it with which cue, taking the rules' claims as evidence. English text, and German
 * without a model, get the rules' claims. Thread-safe.
 */
public final class TaggedClaimExtractor implements ClaimExtractor {
    private final RuleClaimExtractor rules = new RuleClaimExtractor();
    private final ClaimModel model;

    /** With the configured model (rules alone when none is configured). */
    public TaggedClaimExtractor() {
        this(ClaimModel.configured());
    }

    /** With a given model, or the rules alone. */
    public TaggedClaimExtractor(Optional<ClaimModel> model) {
        this.model = model.orElse(null);
    }

    @Override
    public Set<Integer> sentencesToParse(AnnotatedText text) {
        return rules.sentencesToParse(text);
    }

    @Override
    public List<Claim> extract(AnnotatedText text, List<Entity> entities) {
        if (model == null || text.language() != Language.GERMAN) {
            return rules.extract(text, entities);
        }
        Evidence facts = EvidenceBuilder.of(text, entities, rules.findings(text, entities));
        Evidence cued = facts.withCues(facts.decode(model.cues(), CueFeatures.of(facts)));
        int[] labels = cued.decode(model.quotes(), QuoteFeatures.of(cued), model.quoteOffsets());
        Evidence c = cued.withQuotes(labels);
        List<QuoteLabels.Quote> quotes = QuoteLabels.decode(labels, c);
        List<Draft> drafts = new ArrayList<>();
        Set<Integer> previousSpeaker = Set.of();
        for (QuoteLabels.Quote q : quotes) {
            RoleFeatures.Window w = RoleFeatures.window(c, q);
            int[] roles = model.roles().decode(RoleFeatures.of(c, q, w, previousSpeaker));
            Draft d = RoleDecoder.draft(c, q, w, roles);
            d = withRuleRoles(d, RoleFeatures.matchingDraft(c, q));
            drafts.add(d);
            if (d.speaker() != null) {
                previousSpeaker = tokens(c, d.speaker());
            }
        }
        drafts = merge(c, drafts);
        drafts.sort(Comparator.comparingInt(Draft::start));
        return ClaimAssembler.assemble(text, drafts, entities, rules.hedges());
    }

    /**
     * The tagged draft completed from the rules' claim of the same content: its addressee or channel where the tagger
     * found none, and its speaker with the source that speaker cites in turn ("die «New York Times» …
     * Geheimdienstinformationen"), which the rules keep apart and the tagger does not.
     */
    private static Draft withRuleRoles(Draft d, Draft rule) {
        if (rule == null) {
            return d;
        }
        int[] addressee = d.addressee() != null ? d.addressee() : rule.addressee();
        boolean nestedSource = rule.inner() != null && rule.speaker() != null;
        int[] speaker = nestedSource ? rule.speaker() : d.speaker();
        return new Draft(d.sentence(), d.lastSentence(), d.cue(), speaker, addressee, d.content(), d.kind(), d.method(),
                nestedSource ? rule.inner() : null);
    }

    /**
     * The tagger's drafts, where a rule claim with both a lexicon cue and a speaker covers tagged quotations that lack
     * a cue or a speaker, replaced by that rule claim: the rules know frames the training data rarely shows ("Das
     * bestätigte der Kreml" after the statement). A rule claim whose cue speculates or denies ("halten es für
     * möglich", "dementierte") is added where the tagger found nothing: the dataset seldom marks such views as
     * quotations, but they are claims all the same.
     */
    private static List<Draft> merge(Evidence c, List<Draft> tagged) {
        List<Draft> out = new ArrayList<>(tagged);
        for (Draft r : c.drafts()) {
            if (r.cue() == null || r.speaker() == null || r.method().endsWith("-nested")) {
                continue;
            }
            List<Draft> overlapping = out.stream().filter(r::overlaps).toList();
            boolean weaker = !overlapping.isEmpty()
                    && overlapping.stream().allMatch(t -> t.cue() == null || t.speaker() == null);
            boolean add = overlapping.isEmpty() && r.cue().cue().certainty() != Certainty.REPORTED;
            if (weaker || add) {
                out.removeAll(overlapping);
                out.add(r);
            }
        }
        return out;
    }

    static Set<Integer> tokens(Evidence c, int[] chars) {
        Set<Integer> out = new HashSet<>();
        int[] r = c.toks().range(chars[0], chars[1]);
        if (r != null) {
            for (int i = r[0]; i <= r[1]; i++) {
                out.add(i);
            }
        }
        return out;
    }
}
