package dev.kfj.cli.internal;

import dev.kfj.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;

/**
 * Writes a command's output file all at once: through a temporary file in the same directory,
 * renamed into place, so a failure never leaves a half-written or emptied file. A symbolic link
 * is followed (the link stays), an existing file keeps its permissions, a new one gets
 * {@code rw-r--r--}, and the pipeline's own sources are never overwritten.
 */
public final class OutputFile {
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFile() {}

    /**
     * Writes {@code text} to {@code file}.
     *
     * @param protectedFiles files that must not be overwritten (the pipeline's sources)
     * @throws UserError (exit 2) when the file cannot or must not be written
     */
    public static void write(Path file, String text, Collection<Path> protectedFiles) {
        Path target = resolve(file);
        for (Path source : protectedFiles) {
            if (sameFile(target, source)) {
                throw new UserError(ExitCodes.USAGE, "error: refusing to write the YAML over the pipeline's source " + file);
            }
        }
        if (Files.isDirectory(target)) {
            throw new UserError(ExitCodes.USAGE, "error: cannot write " + file + ": it is a directory");
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError(ExitCodes.USAGE, "error: cannot write " + file + ": directory "
                    + (dir == null ? file : dir) + " does not exist");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            copyPermissions(target, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "error: cannot write " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : reason(e)));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // moved into place, or never written
                }
            }
        }
    }

    private static Path resolve(Path file) {
        Path target = file.toAbsolutePath().normalize();
        try {
            for (int hops = 0; hops < 40 && Files.isSymbolicLink(target); hops++) {
                target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
            }
        } catch (IOException e) {
            return target;
        }
        return target;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.equals(b.toAbsolutePath().normalize());
        }
    }

    private static void copyPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) return;
        Set<PosixFilePermission> permissions = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target)
                : NEW_FILE;
        view.setPermissions(permissions);
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        int arrow = message.lastIndexOf(": ");
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : arrow >= 0 ? message.substring(arrow + 2) : message;
    }
}
