package org.tiaojie.cases.core.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/**
 * The configuration files the platform writes into {@code etc/}, where fileinstall reads them into Config Admin
 * as it reads a file an operator drops there. Each file is written beside its target under a name fileinstall
 * ignores and then renamed over it in one step, so fileinstall never reads a file half-written (it once did, and
 * left an empty configuration behind). The file is the one source: nothing is also pushed into Config Admin, so
 * file and configuration cannot disagree.
 */
public class ConfigFiles {
    /** How long a written file may take to reach its service (fileinstall polls etc/ every second). */
    public static final Duration APPLY_TIMEOUT = Duration.ofSeconds(15);

    private final Path directory;

    public ConfigFiles(Path directory) {
        this.directory = directory;
    }

    /** The files of the running Karaf: {@code ${karaf.etc}}. */
    public static ConfigFiles karafEtc() {
        String etc = System.getProperty("karaf.etc");
        if (etc == null) {
            throw new IllegalStateException("karaf.etc is not set: not running inside Karaf");
        }
        return new ConfigFiles(Path.of(etc));
    }

    public Path directory() {
        return directory;
    }

    public Path path(String fileName) {
        return directory.resolve(fileName);
    }

    /**
     * Writes {@code key = value} lines under a comment, atomically replacing any file of that name.
     *
     * @throws TiaojieException {@link ErrorCode#SERVICE_UNAVAILABLE} when the directory cannot be written
     */
    public synchronized void write(String fileName, String comment, Map<String, String> properties) {
        StringBuilder text = new StringBuilder();
        for (String line : comment.split("\n")) {
            text.append("# ").append(line).append('\n');
        }
        properties.forEach((key, value) -> text.append(escape(key, true)).append(" = ").append(escape(value, false))
                .append('\n'));
        Path target = path(fileName);
        // A leading dot and a suffix outside felix.fileinstall.filter: fileinstall never picks the temporary file up.
        Path temporary = directory.resolve("." + fileName + ".writing");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + directory + " cannot rename atomically", e);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the write failed already; that is what is reported
            }
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE,
                    "the configuration file " + fileName + " could not be written; nothing changed", e);
        }
    }

    /** Removes the file if it is there; fileinstall then deletes its configuration. */
    public synchronized void delete(String fileName) {
        try {
            Files.deleteIfExists(path(fileName));
        } catch (IOException e) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE,
                    "the configuration file " + fileName + " could not be removed; nothing changed", e);
        }
    }

    /**
     * Waits, polling, until what was written is in force (the service's view says so), at most
     * {@link #APPLY_TIMEOUT}; false when it is not by then.
     */
    public static boolean awaitApplied(BooleanSupplier applied) {
        long deadline = System.nanoTime() + APPLY_TIMEOUT.toNanos();
        while (!applied.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Escapes as java.util.Properties reads it (fileinstall's reader follows the same rules). */
    static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
