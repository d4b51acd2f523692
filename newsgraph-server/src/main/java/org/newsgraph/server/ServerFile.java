/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code STORE/server.json}: the address of the server running on a store, written while it runs, so that a command
 * that cannot open the store (the server writes it) asks the server instead. A file left by a killed server names an
 * address that no longer answers; the command then says so.
 */
public final class ServerFile {
    public static final String NAME = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerFile() {}

    static void write(Path storeDir, String url) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("pid", ProcessHandle.current().pid());
        Path tmp = storeDir.resolve(NAME + ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(m), StandardCharsets.UTF_8);
        Files.move(tmp, storeDir.resolve(NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(Path storeDir, String url) {
        try {
            if (read(storeDir).filter(url::equals).isPresent()) {
                Files.deleteIfExists(storeDir.resolve(NAME));
            }
        } catch (IOException ignored) {
            // a file left behind names an address that no longer answers; readers report that
        }
    }

    /** The address of the server that says it runs on the store, if one does. */
    public static Optional<String> read(Path storeDir) {
        Path f = storeDir.resolve(NAME);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
            return Optional.ofNullable(n.path("url").textValue());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
