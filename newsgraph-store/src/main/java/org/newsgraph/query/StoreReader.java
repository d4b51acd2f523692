/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Language;
import org.newsgraph.store.Period;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * Every read of a store, as typed records: what the server answers, what the CLI prints, what the benches time.
 * Reads run on a small pool of connections duplicated from the store's, so that callers query in parallel with each
 * other and with a writer; searches use the store's index, and actors' names and states are read once — both seen
 * anew after {@link #reopen()}. Names come in the language asked for. Reads the derived tables as they are
 * ({@link Store#refreshDerived()} brings them up to date). Thread-safe; close it before the store.
 *
 * <p>Failures: {@link NotFoundException} for an id nothing has, {@link BusyException} when no connection became free
 * in time, {@link BadInputException} for a query that is not valid search syntax, {@link SQLException} and
 * {@link IOException} for a damaged store.
 */
public final class StoreReader implements AutoCloseable {
    /** Read connections by default: requests querying at once. */
    public static final int CONNECTIONS = 4;

    private final ReadPool pool;
    private final Searcher searcher;
    /** The stored actors' names and states, read on first use and again after {@link #reopen()}. */
    private volatile ActorCache actors;
    /** The first stored article's day, the charts' default start; read once, again after {@link #reopen()}. */
    private volatile Optional<LocalDate> firstDay;

    /**
     * A reader over {@code store} with {@code connections} read connections; {@code threads}, when positive, sets
     * DuckDB's worker threads (1 suits many small queries on few cores).
     */
    public StoreReader(Store store, int connections, int threads) throws SQLException, StoreException {
        this.pool = new ReadPool(store.connection(), connections, threads);
        this.searcher = new Searcher(store);
    }

    /** Sees everything stored so far (the index, the actors and the first day are read at a point in time). */
    public void reopen() throws StoreException {
        searcher.reopen();
        actors = null;
        firstDay = null;
    }

    public Stats stats() throws SQLException {
        return pool.with(SourceQueries::stats);
    }

    public Page<Outlet> outlets(Filters f, int offset, int limit) throws SQLException {
        return pool.with(l -> SourceQueries.outlets(l, f, offset, limit));
    }

    public List<Outlet.Coverage> coverage(Filters f, Period period) throws SQLException {
        return pool.with(l -> SourceQueries.coverage(l, f, period));
    }

    public Page<ArticleRow> articles(Filters f, int offset, int limit) throws SQLException {
        return pool.with(l -> ArticleQueries.list(l, resolved(l, f), offset, limit));
    }

    public ArticleDetail article(String id, Language lang) throws SQLException {
        return pool.with(l -> ArticleQueries.one(l, id, names(l, lang)));
    }

    /** Actors whose names (either language, every alias) contain {@code q}, most mentioned first. */
    public Page<ActorRow> actors(String q, String kind, Language lang, int offset, int limit) throws SQLException {
        return pool.with(l -> ActorQueries.list(l, q, kind, names(l, lang), offset, limit));
    }

    public ActorDetail actor(String id, Language lang) throws SQLException {
        return pool.with(l -> ActorQueries.one(l, id, names(l, lang)));
    }

    /** The actors most articles name, most first. */
    public List<ActorRow> mostNamed(int n, Language lang) throws SQLException {
        return pool.with(l -> ActorQueries.mostNamed(l, n, names(l, lang)));
    }

    /** The pairs of much-named actors that most articles name together. */
    public List<Pair> coMentioned(int n) throws SQLException {
        return pool.with(l -> ActorQueries.coMentioned(l, n));
    }

    /** The actor an id, an ISO code or a name means; empty when no stored actor has the name. */
    public Optional<String> resolveActor(String text) throws SQLException {
        return pool.with(l -> ActorQueries.resolve(l, text));
    }

    public List<RolePeriod> roles(String id, Period period) throws SQLException {
        return pool.with(l -> ActorQueries.roles(l, RelationQueries.side(cache(l), id, Level.ACTOR).id(), period));
    }

    /**
     * Real events involving the actor per period within the range (from {@code from}, else the first article's
     * day). {@code level} null: state level for a state or organisation, actor level for anyone else.
     */
    public List<SeriesPoint> timeline(String id, Period period, Level level, LocalDate from, LocalDate to)
            throws SQLException {
        return pool.with(l -> RelationQueries.timeline(l, RelationQueries.side(cache(l), id, level), period,
                range(l, from, to)));
    }

    /** Real events involving the actor dated before the range, latest first (at most {@code limit}). */
    public List<ClusterRow> history(String id, Level level, LocalDate from, Language lang, int limit)
            throws SQLException {
        return pool.with(l -> {
            RelationQueries.Side s = RelationQueries.side(cache(l), id, level);
            Where w = RelationQueries.before(RelationQueries.involving(s), range(l, from, null));
            return EventQueries.clusters(l, w, RelationQueries.LATEST, names(l, lang), 0, limit).items();
        });
    }

    public List<PartnerRow> partners(String id, int limit, Level level, Language lang) throws SQLException {
        return pool.with(l -> RelationQueries.partners(l, RelationQueries.side(cache(l), id, level), limit,
                names(l, lang)));
    }

    /**
     * Two actors over time, both directions, on one connection (under load a request queues once): the actors (at
     * state level the states they belong to), the series and the first page of events within the range, and the
     * events dated before it (one query gives both).
     */
    public Dyad dyad(String a, String b, Period period, Level level, Filters f, Language lang, int offset, int limit)
            throws SQLException {
        return pool.with(l -> {
            ActorCache cache = cache(l);
            RelationQueries.Side sa = RelationQueries.side(cache, a, level);
            RelationQueries.Side sb = RelationQueries.side(cache, b, level);
            Names names = names(l, lang);
            DateRange range = range(l, f.from(), f.to());
            Where w = RelationQueries.between(sa, sb);
            Where extra = EventQueries.clusterWhere(f.withActor(null));
            Where all = new Where().and(w.sql(), w.params().toArray()).and(extra.sql(), extra.params().toArray());
            List<ClusterRow> within = new ArrayList<>();
            List<ClusterRow> history = new ArrayList<>();
            for (ClusterRow k : EventQueries.clusterList(l, all, RelationQueries.LATEST, names)) {
                String day = k.timeStart() != null ? k.timeStart() : k.reported();
                boolean before = range.from() != null && day != null && day.compareTo(range.from().toString()) < 0;
                boolean after = range.to() != null && day != null && day.compareTo(range.to().toString()) > 0;
                if (before) {
                    history.add(k);
                } else if (!after && day != null) {
                    within.add(k);
                }
            }
            Page<ClusterRow> page = new Page<>(within.subList(Math.min(offset, within.size()),
                    Math.min(offset + limit, within.size())), within.size(), offset, limit);
            return new Dyad(cache.row(sa.id(), names), cache.row(sb.id(), names),
                    level.wireName(), range, RelationQueries.dyad(l, sa, sb, period, range), page, history);
        });
    }

    public Page<EventRow> events(Filters f, String cluster, Language lang, int offset, int limit)
            throws SQLException {
        return pool.with(l -> EventQueries.events(l, resolved(l, f), cluster, names(l, lang), offset, limit));
    }

    /** Real events, most independent sources first; {@code place} (a gazetteer id) keeps those there. */
    public Page<ClusterRow> clusters(Filters f, String place, Language lang, int offset, int limit)
            throws SQLException {
        return pool.with(l -> {
            Where w = EventQueries.clusterWhere(resolved(l, f));
            w.andIf(place, "k.place = ?");
            return EventQueries.clusters(l, w, "independent_sources DESC, reports DESC, id", names(l, lang), offset,
                    limit);
        });
    }

    public ClusterDetail cluster(String id, Language lang) throws SQLException {
        return pool.with(l -> EventQueries.cluster(l, id, names(l, lang)));
    }

    /** Claims; with an actor, {@code role} is {@code by}, {@code about} or {@code any}. */
    public Page<ClaimRow> claims(Filters f, String role, String q, Language lang, int offset, int limit)
            throws SQLException {
        ClaimQueries.Role r = ClaimQueries.Role.valueOf(role.toUpperCase(Locale.ROOT));
        return pool.with(l -> ClaimQueries.list(l, resolved(l, f), r, q, names(l, lang), offset, limit));
    }

    public Network network(Filters f, Level level, int limit, Language lang) throws SQLException {
        return pool.with(l -> NetworkQueries.graph(l, resolved(l, f), level, limit, names(l, lang)));
    }

    public List<Network.Edge> networkEdges(Filters f, Level level, int limit) throws SQLException {
        return pool.with(l -> NetworkQueries.edges(l, resolved(l, f), level, limit));
    }

    /** A page of hits, with the number of all matches. */
    public Page<SearchRow> search(SearchRequest r, int offset, int limit)
            throws BadInputException, IOException, SQLException {
        return SearchQueries.search(searcher, resolved(r), offset, limit);
    }

    public List<Facet> facets(SearchRequest r, Language lang) throws BadInputException, IOException, SQLException {
        String ids = SearchQueries.ids(searcher, resolved(r));
        return pool.with(l -> SearchQueries.facets(l, ids, names(l, lang)));
    }

    public List<AttentionRow> attention(SearchRequest r, Period period)
            throws BadInputException, IOException, SQLException {
        String ids = SearchQueries.ids(searcher, resolved(r));
        return pool.with(l -> SearchQueries.attention(l, ids, period));
    }

    /**
     * Places with real events: those matching a search ({@code search} not null: the best matches' events), or
     * involving an actor ({@code f.actor()}), or between two ({@code f.actor()} and {@code with}), at a level.
     */
    public List<MapPoint> map(Filters f, SearchRequest search, String with, Level level, Language lang)
            throws BadInputException, IOException, SQLException {
        String ids = search == null ? null : SearchQueries.ids(searcher, resolved(search));
        return pool.with(l -> {
            Filters rf = resolved(l, f);
            Where w = EventQueries.clusterWhere(rf.withActor(null));
            if (rf.actor() != null) {
                RelationQueries.Side a = RelationQueries.side(cache(l), rf.actor(), level);
                Where sides = with == null ? RelationQueries.involving(a)
                        : RelationQueries.between(a, RelationQueries.side(cache(l), resolve(l, with), level));
                w.and(sides.sql(), sides.params().toArray());
            }
            if (ids != null) {
                Where in = MapQueries.inArticles(ids);
                w.and(in.sql(), in.params().toArray());
            }
            return MapQueries.points(l, w, names(l, lang));
        });
    }

    @Override
    public void close() {
        searcher.close();
        pool.close();
    }

    /** The stored actors, read on first use after opening or {@link #reopen()}. */
    private ActorCache cache(ReadPool.Lease l) throws SQLException {
        ActorCache c = actors;
        if (c == null) {
            c = ActorCache.load(l);
            actors = c;
        }
        return c;
    }

    private Names names(ReadPool.Lease l, Language lang) throws SQLException {
        return new Names(lang, cache(l));
    }

    /** The articles' range: from {@code from}, else the first stored article's day; to {@code to}, else open. */
    private DateRange range(ReadPool.Lease l, LocalDate from, LocalDate to) throws SQLException {
        if (from != null) {
            return new DateRange(from, to);
        }
        Optional<LocalDate> first = firstDay;
        if (first == null) {
            first = Optional.ofNullable(RelationQueries.firstDay(l));
            firstDay = first;
        }
        return new DateRange(first.orElse(null), to);
    }

    /** The filters with a name in {@code actor} replaced by the id it means. */
    private static Filters resolved(ReadPool.Lease l, Filters f) throws SQLException {
        return f.actor() == null ? f : f.withActor(resolve(l, f.actor()));
    }

    private static String resolve(ReadPool.Lease l, String actor) throws SQLException {
        return ActorQueries.resolve(l, actor).orElse(actor);
    }

    private SearchRequest resolved(SearchRequest r) throws SQLException {
        if (r.actor() == null) {
            return r;
        }
        String id = pool.with(l -> resolve(l, r.actor()));
        return new SearchRequest(r.query(), id, r.outlet(), r.language(), r.from(), r.to(), r.sentences(), r.limit());
    }
}
