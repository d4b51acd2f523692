/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.claim.ClaimAssembler;
import org.newsgraph.claim.ClaimExtractor;
import org.newsgraph.claim.Cue;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Draft;
import org.newsgraph.claim.Hedges;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * The rule-based {@link ClaimExtractor} for German and English: cues from the lexicon frame direct quotations,
 * complement clauses and sourced statements; quotations without a frame of their own take the frame of the sentence
 * before (ending in a colon) or after ("sagte er"), else the previous speaker; German subjunctive sentences that follow
 * a reported statement continue it. Thread-safe.
 */
public final class RuleClaimExtractor implements ClaimExtractor {
    private final CueLexicon lexicon = CueLexicon.load();
    private final Hedges hedges = new Hedges();
    /** Nouns that stand for a statement made before: the object of a denial that refers back. */
    private static final Set<String> REPORT_NOUNS = Set.of("claim", "claims", "allegation", "allegations",
            "accusation", "accusations", "charge", "charges", "report", "reports", "vorwurf", "vorwürfe", "bericht",
            "berichte", "darstellung", "behauptung", "behauptungen", "anschuldigung", "anschuldigungen");
    private final CueFinder cueFinder = new CueFinder(lexicon);
    private final SourceChains chains = new SourceChains();
    private final AnaphoricSources anaphoric = new AnaphoricSources(lexicon);

    @Override
    public Set<Integer> sentencesToParse(AnnotatedText text) {
        Set<Integer> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            // only verbs of saying and thinking need the parse (subject, auxiliaries, frame words); a source
            // preposition or noun ("laut", "nach Angaben") is read from the words alone
            if (cueFinder.find(s, text.language()).stream().anyMatch(o -> o.cue().kind() == Cue.Kind.SPEECH
                    || o.cue().kind() == Cue.Kind.THOUGHT)) {
                out.add(s.index());
            }
        }
        return out;
    }

    @Override
    public List<Claim> extract(AnnotatedText text, List<Entity> entities) {
        return ClaimAssembler.assemble(text, drafts(text, entities), entities, hedges);
    }

    /** The rules' findings in an article, for a learned tagger that takes them as evidence. */
    public RuleFindings findings(AnnotatedText text, List<Entity> entities) {
        List<RuleFindings.Sentence> sentences = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<CueOccurrence> found = cueFinder.find(s, text.language());
            DependencyTree tree = DependencyTree.of(s);
            List<int[]> speakers = new ArrayList<>();
            found.forEach(o -> speakers.add(SpeakerFinder.speaker(s, tree, o, text.language())));
            Set<Integer> subjunctive = new HashSet<>();
            for (Token t : s.tokens()) {
                if (Konjunktiv.is(s, t)) {
                    subjunctive.add(t.index());
                }
            }
            sentences.add(new RuleFindings.Sentence(found, speakers, subjunctive, Konjunktiv.reportive(s)));
        }
        Quotations quotations = new Quotations(text);
        List<QuoteMarks.Quoted> marked = QuoteMarks.find(text.text().text());
        return new RuleFindings(drafts(text, entities), sentences, marked,
                marked.stream().filter(quotations::isQuotation).toList());
    }

    /** The rules' claims before assembly, in text order. */
    List<Draft> drafts(AnnotatedText text, List<Entity> entities) {
        Quotations quotes = new Quotations(text);
        Speakers speakers = new Speakers(entities);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<CueOccurrence> cues = cueFinder.find(s, text.language());
            for (CueOccurrence o : cues) {
                if (quotes.inside(s.tokens().get(o.head()).start())) {
                    continue; // a verb of saying inside a quotation belongs to the quoted speaker's words
                }
                if (chains.isChainCue(text.language(), s, o, cues)) {
                    continue; // "The Daily Telegraph, citing …, reported": citing names the source of "reported"
                }
                List<Draft> found = fromCue(text, s, o, quotes, speakers);
                // a bare speech act gives way to a framed claim in its sentence (dropped below when it covers one); a
                // frame that refers back ("rejected the accusation") may take a sentence another claim quotes from
                if (!found.isEmpty() && drafts.stream().noneMatch(x -> x.overlaps(found.get(0)) && !x.isSpeechAct()
                        && x.sentence() == found.get(0).sentence())) {
                    drafts.addAll(found);
                }
            }
        }
        drafts.addAll(quotes.unframed(drafts));
        List<Draft> covered = drafts.stream()
                .filter(d -> d.isSpeechAct() && coversOther(d, drafts)).toList();
        drafts.removeAll(covered);
        drafts.addAll(continuations(text, drafts));
        drafts.sort(Comparator.comparingInt(Draft::start));
        return chains.apply(text, anaphoric.apply(text, drafts, entities));
    }

    /** The hedge words the rules read certainty from. */
    public Hedges hedges() {
        return hedges;
    }

    /**
     * The claims one cue frames: a direct quotation, indirect content (which keeps a quotation inside it: "die Lage
     * sei „äußerst ernst“"), a sourced statement, or a reported speech act.
     */
    private List<Draft> fromCue(AnnotatedText text, Sentence s, CueOccurrence o, Quotations quotes, Speakers speakers) {
        Language lang = text.language();
        DependencyTree tree = DependencyTree.of(s);
        int[] speaker = SpeakerFinder.speaker(s, tree, o, lang);
        int[] inner = null;
        if (tree != null && (speaker == null || !speakers.names(s, speaker))) {
            // the parser's subject names nobody ("vergangene Woche amerikanische Geheimdienstinformationen"): a
            // phrase of the verb that names an actor speaks, the other is the source it cites
            int[] named = speakers.namedDependent(s, tree, o.head());
            if (named != null) {
                inner = speaker;
                speaker = named;
            }
        }
        int first = ContentFinder.minOf(o.tokens());
        int last = ContentFinder.maxOf(o.tokens());
        int[] frame = speaker == null ? new int[] {first, last}
                : new int[] {Math.min(first, speaker[0]), Math.max(last, speaker[1])};
        int[] speakerChars = speaker == null ? null : chars(s, speaker);
        int[] addr = SpeakerFinder.addressee(s, frame[1] + 1, lang);
        int[] addrChars = addr == null ? null : chars(s, addr);
        Cue.Kind kind = o.cue().kind();
        if (kind == Cue.Kind.SPEECH || kind == Cue.Kind.THOUGHT) {
            ContentFinder.Content c = ContentFinder.forVerb(s, o, frame, lang);
            List<int[]> quoted = quotes.forFrame(s, chars(s, frame));
            if (!quoted.isEmpty()) {
                int lastSentence = Math.max(s.index(), text.sentenceAt(quoted.get(quoted.size() - 1)[1] - 1));
                Draft direct = new Draft(s.index(), lastSentence, o, speakerChars, addrChars, quoted,
                        ClaimKind.DIRECT, "rule:direct").withInner(inner == null ? null : chars(s, inner));
                List<int[]> indirect = c == null ? null : chars(s, c.parts());
                if (indirect != null && encloses(indirect, quoted)) {
                    // a quotation inside indirect speech ("die Lage sei „äußerst ernst“") is part of that one claim
                    return List.of(new Draft(s.index(), s.index(), o, speakerChars, addrChars, indirect, c.kind(),
                            "rule:indirect"));
                }
                return List.of(direct);
            }
            if (c != null) {
                return List.of(new Draft(s.index(), s.index(), o, speakerChars, addrChars, chars(s, c.parts()),
                        c.kind(), "rule:indirect").withInner(inner == null ? null : chars(s, inner)));
            }
            if (s.index() > 0 && refersBack(s, o)) {
                // "Das bestätigte der Kreml am Montag.": the content is the sentence before, the speaker follows the verb
                Sentence prev = text.sentences().get(s.index() - 1);
                int[] all = {prev.tokens().get(0).start(), prev.tokens().get(prev.tokens().size() - 1).end()};
                int[] after = Phrases.after(s, ContentFinder.maxOf(o.tokens()) + 1);
                int[] who = after == null ? speakerChars : chars(s, after);
                return List.of(new Draft(s.index(), s.index(), o, who, addrChars, List.of(all), ClaimKind.INDIRECT,
                        "rule:anaphoric"));
            }
            if (s.index() > 0 && o.cue().certainty() == Certainty.DENIED && deniesReport(s, tree, o)) {
                // "Hamas denied the claim.": what is denied is the report of the sentence before
                Sentence prev = text.sentences().get(s.index() - 1);
                int[] all = {prev.tokens().get(0).start(), prev.tokens().get(prev.tokens().size() - 1).end()};
                return List.of(new Draft(s.index(), s.index(), o, speakerChars, addrChars, List.of(all),
                        ClaimKind.REPORTED, "rule:denial-anaphoric"));
            }
            if (kind == Cue.Kind.SPEECH && speaker != null && !passive(tree, o.head())
                    && !lexicon.needsContent(lang, o.cue())
                    && Phrases.subject(tree, o.head()) != null
                    && speaker[1] - speaker[0] < 12) {
                // a speech act without a content clause: what the verb says is the rest of its clause ("Sie nannte den
                // Plan einen Irrweg.")
                int[] rest = ContentFinder.speechAct(s, o, speaker, addr);
                if (rest == null || statesNothing(s, o, rest, lang)) {
                    return List.of();
                }
                return List.of(new Draft(s.index(), s.index(), o, speakerChars, addrChars, List.of(chars(s, rest)),
                        ClaimKind.REPORTED, Draft.SPEECH_ACT + ":" + o.cue().lemma()));
            }
            return List.of();
        }
        if (speaker == null) {
            return List.of();
        }
        if ("so".equals(o.cue().lemma())) {
            List<int[]> quoted = quotes.forFrame(s, chars(s, frame));
            if (!quoted.isEmpty()) {
                // "„Der Plan ist tot“, so der Minister.": the closing "so" frames the quotation before it
                return List.of(new Draft(s.index(), s.index(), o, speakerChars, null, quoted, ClaimKind.DIRECT,
                        "rule:direct"));
            }
        }
        ContentFinder.Content c = ContentFinder.forSource(s, frame);
        if (c == null) {
            return List.of();
        }
        return List.of(new Draft(s.index(), s.index(), o, speakerChars, null, chars(s, c.parts()), c.kind(),
                "rule:source:" + o.cue().lemma()));
    }

    /** The object of a denial is a noun for a report or accusation ("denied the claim", "wies die Vorwürfe zurück"). */
    private static boolean deniesReport(Sentence s, DependencyTree tree, CueOccurrence o) {
        if (tree == null) {
            return false;
        }
        for (int c : tree.children(o.head())) {
            if (tree.is(c, "obj")) {
                Token t = s.tokens().get(c);
                String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
                String word = t.word().toLowerCase(Locale.ROOT);
                // only a bare report noun refers back: "Berichte über Waffengeschäfte" says itself what is denied
                int[] np = tree.span(c);
                boolean bare = np[1] - np[0] <= 2 && np[1] == c;
                return bare && (REPORT_NOUNS.contains(lemma) || REPORT_NOUNS.contains(word));
            }
        }
        return false;
    }

    /** A passive cue verb ("Washington had been told"): its subject is the one spoken to, not the speaker. */
    private static boolean passive(DependencyTree tree, int verb) {
        if (tree == null) {
            return false;
        }
        for (int c : tree.children(verb)) {
            if (tree.is(c, "nsubj:pass") || tree.is(c, "aux:pass")) {
                return true;
            }
        }
        return false;
    }

    /** A demonstrative right before the cue stands for the previous sentence ("Das bestätigte …", "This was …"). */
    private static boolean refersBack(Sentence s, CueOccurrence o) {
        int first = ContentFinder.minOf(o.tokens());
        if (first == 0) {
            return false;
        }
        String w = s.tokens().get(first - 1).word().toLowerCase(java.util.Locale.ROOT);
        return first - 1 == 0 && (w.equals("das") || w.equals("dies") || w.equals("this") || w.equals("that"));
    }

    /** True when the content is clearly larger than the quotations inside it. */
    private static boolean encloses(List<int[]> content, List<int[]> quoted) {
        int cs = content.get(0)[0];
        int ce = content.get(content.size() - 1)[1];
        int qlen = 0;
        for (int[] q : quoted) {
            if (q[0] < cs || q[1] > ce) {
                return false;
            }
            qlen += q[1] - q[0];
        }
        return ce - cs > qlen * 3 / 2;
    }

    /** German subjunctive sentences right after a reported statement, without a cue of their own, continue it. */
    private List<Draft> continuations(AnnotatedText text, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        if (text.language() != Language.GERMAN) {
            return out;
        }
        Set<Integer> taken = new HashSet<>();
        drafts.forEach(d -> {
            // the frame's sentences and the content's: "Das bestätigte der Kreml." claims the sentence before it
            int first = Math.min(d.sentence(), Math.max(0, text.sentenceAt(d.start())));
            int last = Math.max(d.lastSentence(), text.sentenceAt(d.end() - 1));
            for (int i = first; i <= last; i++) {
                taken.add(i);
            }
        });
        for (Draft d : drafts) {
            if (d.speaker() == null || d.method().endsWith("anaphoric")) {
                continue; // a frame that refers back ("Das bestätigte der Kreml.") does not go on reporting
            }
            int from = d.lastSentence() + 1;
            // a sentence that the frame's speaker does not speak in may stand between ("Er sagte …. Das Gericht tagt
            // am Montag. Es gebe keinen Grund …")
            int gap = Integer.getInteger("x.gap", 0);
            for (int g = 0; g < gap && from < text.sentences().size() && !taken.contains(from)
                    && !Konjunktiv.in(text.sentences().get(from)); g++) {
                from++;
            }
            for (int i = from; i < text.sentences().size() && !taken.contains(i); i++) {
                Sentence s = text.sentences().get(i);
                // after a direct quotation a lone "könnte" speculates in the author's voice more often than it reports
                boolean mood = d.kind() == ClaimKind.DIRECT ? Konjunktiv.reports(s) : Konjunktiv.in(s);
                // "soll" goes on reporting what someone stated, not what a speech act did ("Er warnte vor X. Der Rat
                // soll am Montag tagen.")
                boolean reported = mood || (!d.isSpeechAct() && d.kind() != ClaimKind.DIRECT
                        && Konjunktiv.reportive(s));
                // a subjunctive sentence keeps reporting across a paragraph break: the mood itself marks it
                if (!reported || !cueFinder.find(s, text.language()).isEmpty()) {
                    break;
                }
                List<Token> toks = s.tokens();
                int[] all = {toks.get(0).start(), toks.get(toks.size() - 1).end()};
                Draft previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (previous != null && previous.lastSentence() == i - 1 && previous.speaker() == d.speaker()) {
                    // consecutive continuation sentences form one reported passage
                    out.set(out.size() - 1, new Draft(previous.sentence(), i, null, d.speaker(), null,
                            List.of(new int[] {previous.start(), all[1]}), ClaimKind.INDIRECT, "rule:continuation"));
                } else {
                    out.add(new Draft(i, i, null, d.speaker(), null, List.of(all), ClaimKind.INDIRECT,
                            "rule:continuation"));
                }
                taken.add(i);
            }
        }
        return out;
    }

    /** True when another claim framed in the same sentence overlaps the speech act's sentence. */
    private static boolean coversOther(Draft d, List<Draft> all) {
        for (Draft x : all) {
            if (x == d || x.sentence() != d.sentence() || !x.overlaps(d)) {
                continue;
            }
            // a framed claim wins; of two speech acts in one sentence ("lobte … und warnte …") the first stays
            if (!x.isSpeechAct() || all.indexOf(x) < all.indexOf(d)) {
                return true;
            }
        }
        return false;
    }

    static int[] chars(Sentence s, int[] tokens) {
        return new int[] {s.tokens().get(tokens[0]).start(), s.tokens().get(tokens[1]).end()};
    }

    private static List<int[]> chars(Sentence s, List<int[]> parts) {
        List<int[]> out = new ArrayList<>();
        parts.forEach(p -> out.add(chars(s, p)));
        return out;
    }

    /**
     * True when a speech act without a content clause says nothing: its verb needs a topic and neither the cue's
     * shown words nor the rest of its clause introduce one ("Der Pilot sprach mit seiner Frau."), or an object in the
     * rest gives the verb a sense that states nothing ("Der Sturm forderte zwölf Todesopfer.": caused, not demanded).
     */
    private boolean statesNothing(Sentence s, CueOccurrence o, int[] rest, Language lang) {
        Set<String> topics = lexicon.topicWords(lang, o.cue());
        Set<Integer> words = new HashSet<>(o.shown());
        for (int k = rest[0]; k <= rest[1]; k++) {
            words.add(k);
        }
        boolean topic = topics == null;
        for (int k : words) {
            String w = s.tokens().get(k).word().toLowerCase(lang.locale());
            topic |= topics != null && topics.contains(w);
            if (k >= rest[0] && k <= rest[1] && lexicon.otherSense(lang, o.cue(), w)) {
                return true;
            }
        }
        return !topic;
    }
}
