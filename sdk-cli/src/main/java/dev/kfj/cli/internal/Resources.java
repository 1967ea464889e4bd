package dev.kfj.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files that sit beside a pipeline's sources (a sample's data set, say) become class-path
 * resources of the pipeline's package, as a Maven build with the file as a resource would make
 * them: {@code samples/iris/iris.csv} is {@code IrisSteps.class.getResource("iris.csv")}.
 */
public final class Resources {
    private Resources() {}

    /**
     * Copies the regular files of {@code sourceDir} other than Java sources and compiled YAML into
     * {@code packageDir}, replacing older copies.
     */
    public static void copySiblings(Path sourceDir, Path packageDir) {
        List<Path> files;
        try (Stream<Path> list = Files.list(sourceDir)) {
            files = list.filter(Files::isRegularFile).filter(Resources::isResource).sorted().toList();
        } catch (IOException e) {
            return; // no resources to offer
        }
        try {
            if (!files.isEmpty()) Files.createDirectories(packageDir);
            for (Path f : files) {
                Path tmp = Files.createTempFile(packageDir, ".resource", ".tmp");
                Files.copy(f, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, packageDir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UserError(dev.kfj.cli.ExitCodes.INTERNAL, "error: cannot copy the files beside the pipeline"
                    + " into " + packageDir + ": " + e.getMessage());
        }
    }

    private static boolean isResource(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".java") && !name.endsWith(".yaml") && !name.endsWith(".yml");
    }
}
