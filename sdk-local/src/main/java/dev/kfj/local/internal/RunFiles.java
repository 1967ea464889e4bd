package dev.kfj.local.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The layout of a run directory, and atomic file operations: {@code run.json} (the record),
 * {@code workflow.yaml}, {@code nodes/<node>/} (log, staged inputs, outputs being written, working
 * directory) and {@code artifacts/<node>/<name>} (finished outputs, moved in whole).
 */
public final class RunFiles {
    private final Path root;

    /** The files of the run whose directory is {@code root}. */
    public RunFiles(Path root) {
        this.root = root.toAbsolutePath();
    }

    /** The run directory. */
    public Path root() {
        return root;
    }

    /** The record file. */
    public Path record() {
        return root.resolve("run.json");
    }

    /** A node's private directory. */
    public Path nodeDirectory(String nodeId) {
        return root.resolve("nodes").resolve(safe(nodeId));
    }

    /** Where a node's finished artifact {@code name} lives. */
    public Path artifact(String nodeId, String name) {
        return root.resolve("artifacts").resolve(safe(nodeId)).resolve(name);
    }

    /** {@code nodeId} made safe as a file name. */
    public static String safe(String nodeId) {
        return nodeId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Writes {@code text} to {@code file} through a temporary file and a rename. */
    public static void writeAtomically(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Moves {@code from} (a file or directory) to {@code to} in one step, replacing what is there. */
    public static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        if (Files.isDirectory(to)) delete(to);
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies a file or a directory tree; the copy appears under {@code to} only once complete. */
    public static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Path tmp = to.resolveSibling("." + to.getFileName() + ".copying");
        delete(tmp);
        if (Files.isDirectory(from)) {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(tmp.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, tmp.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        } else {
            Files.copy(from, tmp, StandardCopyOption.COPY_ATTRIBUTES);
        }
        move(tmp, to);
    }

    /** Deletes a file or a directory tree, if present. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } else {
            Files.delete(path);
        }
    }
}
