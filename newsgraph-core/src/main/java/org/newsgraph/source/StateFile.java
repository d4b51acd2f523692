/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;

/**
 * The watcher's state on disk: {@code <store>/sources/watch-state.json} (schema {@code newsgraph.watch-state/1}),
 * written atomically (a temporary file, flushed to disk, then renamed over the old one) so a crash leaves either the
 * old or the new state, never half of one. Thread-safe (stateless).
 */
public final class StateFile {
    public static final String SCHEMA = "newsgraph.watch-state/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StateFile() {}

    /** Where the state of the watcher of {@code storeDir} lives. */
    public static Path path(Path storeDir) {
        return storeDir.resolve("sources").resolve("watch-state.json");
    }

    /** The saved state, or empty when none was saved yet. */
    public static Optional<WatchState> read(Path storeDir) throws InputIoException, BadInputException {
        Path file = path(storeDir);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(file.toString(), "corrupt watch state: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputIoException(file.toString(), e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new BadInputException(file.toString(), "not a watch state file (schema " + SCHEMA + ")");
        }
        List<FeedState.Snapshot> feeds = new ArrayList<>();
        root.path("feeds").forEach(n -> feeds.add(feed(n)));
        List<PageRequest> pending = new ArrayList<>();
        root.path("pending").forEach(n -> pending.add(page(n)));
        return Optional.of(new WatchState(feeds, strings(root.path("seenUrls")), strings(root.path("seenHashes")),
                pending));
    }

    /** Writes the state atomically, creating {@code <store>/sources/} when needed. */
    public static void write(Path storeDir, WatchState state) throws InputIoException {
        Path file = path(storeDir);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                JSON.writeValue(new NonClosing(out), toJson(state));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InputIoException(file.toString(), e);
        }
    }

    private static ObjectNode toJson(WatchState s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("saved", Instant.now().toString());
        ArrayNode feeds = root.putArray("feeds");
        for (FeedState.Snapshot f : s.feeds()) {
            ObjectNode n = feeds.addObject();
            n.put("url", f.url());
            n.put("listTitle", f.listTitle());
            n.put("title", f.title());
            n.put("etag", f.etag());
            n.put("lastModified", f.lastModified());
            n.put("lastPoll", str(f.lastPoll()));
            n.put("lastSuccess", str(f.lastSuccess()));
            n.put("lastNewItem", str(f.lastNewItem()));
            n.put("lastErrorAt", str(f.lastErrorAt()));
            n.put("lastError", f.lastError());
            n.put("polls", f.polls());
            n.put("notModified", f.notModified());
            n.put("errors", f.errors());
            n.put("consecutiveErrors", f.consecutiveErrors());
            n.put("items", f.items());
            ArrayNode times = n.putArray("recentItems");
            f.recentItems().forEach(t -> times.add(t.toString()));
            ArrayNode seen = n.putArray("seen");
            f.seen().forEach(seen::add);
        }
        ArrayNode urls = root.putArray("seenUrls");
        s.seenUrls().forEach(urls::add);
        ArrayNode hashes = root.putArray("seenHashes");
        s.seenHashes().forEach(hashes::add);
        ArrayNode pending = root.putArray("pending");
        for (PageRequest p : s.pending()) {
            ObjectNode n = pending.addObject();
            n.put("url", p.url());
            n.put("origin", p.origin());
            n.put("feedUrl", p.feedUrl());
            n.put("outlet", p.outlet());
            n.put("published", str(p.published()));
            ArrayNode authors = n.putArray("authors");
            p.authors().forEach(authors::add);
            n.put("summary", p.summary());
        }
        return root;
    }

    private static FeedState.Snapshot feed(JsonNode n) {
        List<Instant> times = new ArrayList<>();
        n.path("recentItems").forEach(t -> times.add(Instant.parse(t.asText())));
        return new FeedState.Snapshot(text(n, "url"), text(n, "listTitle"), text(n, "title"), text(n, "etag"),
                text(n, "lastModified"), time(n, "lastPoll"), time(n, "lastSuccess"), time(n, "lastNewItem"),
                time(n, "lastErrorAt"), text(n, "lastError"), n.path("polls").asLong(),
                n.path("notModified").asLong(), n.path("errors").asLong(), n.path("consecutiveErrors").asInt(),
                n.path("items").asLong(), times, strings(n.path("seen")));
    }

    private static PageRequest page(JsonNode n) {
        return new PageRequest(text(n, "url"), text(n, "origin"), text(n, "feedUrl"), text(n, "outlet"),
                time(n, "published"), strings(n.path("authors")), text(n, "summary"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant time(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? null : Instant.parse(v);
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }

    /** Keeps Jackson from closing the channel before it is forced to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
