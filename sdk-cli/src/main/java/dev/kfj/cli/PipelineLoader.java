package dev.kfj.cli;

import dev.kfj.cli.internal.Hashing;
import dev.kfj.cli.internal.MavenModule;
import dev.kfj.cli.internal.Resources;
import dev.kfj.cli.internal.SourceCompiler;
import dev.kfj.cli.internal.UserError;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a pipeline from a {@code .java} file (compiled in-process, with its sibling sources and,
 * inside a Maven module, the module's classes and dependencies) or from a class on a class path,
 * and calls its {@link PipelineDefinition#define()}.
 *
 * <p>Compiled classes are kept in a cache keyed by the content of every source and the class
 * path, so loading an unchanged file again skips javac.
 */
public final class PipelineLoader {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final String VERSION = PipelineLoader.class.getPackage().getImplementationVersion() == null
            ? "dev" : PipelineLoader.class.getPackage().getImplementationVersion();

    private PipelineLoader() {}

    /** Loads the pipeline defined in {@code javaFile}. */
    public static LoadedPipeline fromSource(Path javaFile, PrintWriter err) {
        Path file = javaFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.USAGE, "error: file not found: " + javaFile);
        }
        if (!file.toString().endsWith(".java")) {
            throw new UserError(ExitCodes.USAGE, "error: " + javaFile + " is not a .java file;"
                    + " to load a compiled class, pass --classpath and the class name");
        }
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> sources = new ArrayList<>(SourceCompiler.javaFilesIn(file.getParent()));
        List<Path> sourcePath = new ArrayList<>();
        // kfj's own jars first: the pipeline's classes then see the very kfj the command runs,
        // never a copy in the local Maven repository that a concurrent build may be replacing.
        List<String> classPath = new ArrayList<>(ownClassPath());
        MavenModule.containing(file).ifPresent(module -> {
            module.sourceRoot().ifPresent(sourcePath::add);
            classPath.addAll(module.classPath(err));
        });
        String packageName = packageOf(file);
        String base = file.getFileName().toString().replace(".java", "");
        String className = packageName.isEmpty() ? base : packageName + "." + base;

        Path classes = compileCached(sources, sourcePath, classPath, cwd);
        Resources.copySiblings(file.getParent(), classes.resolve(packageName.replace('.', '/')));
        List<String> fullPath = new ArrayList<>();
        fullPath.add(classes.toString());
        fullPath.addAll(classPath);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(file.getFileName().toString(), SourceCompiler.relative(file, cwd));
        for (Path s : sources) files.putIfAbsent(s.getFileName().toString(), SourceCompiler.relative(s, cwd));
        return define(className, fullPath, files, javaFile.toString(), true);
    }

    /** Loads the pipeline defined by class {@code className} on {@code classPath}. */
    public static LoadedPipeline fromClass(String className, String classPath) {
        List<String> entries = new ArrayList<>();
        for (String e : classPath.split(File.pathSeparator)) {
            if (e.isBlank()) continue;
            if (!Files.exists(Path.of(e))) {
                throw new UserError(ExitCodes.USAGE, "error: class path entry not found: " + e);
            }
            entries.add(e);
        }
        entries.addAll(ownClassPath());
        return define(className, entries, Map.of(), classPath, false);
    }

    private static Path compileCached(List<Path> sources, List<Path> sourcePath, List<String> classPath, Path cwd) {
        List<String> key = new ArrayList<>(List.of(VERSION));
        try {
            for (Path s : sources) {
                key.add(s.toString());
                key.add(Files.readString(s, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "error: cannot read " + e.getMessage());
        }
        key.addAll(sourcePath.stream().map(Path::toString).toList());
        key.addAll(classPath);
        Path cacheRoot = cacheDirectory().resolve("classes");
        Path target = cacheRoot.resolve(Hashing.sha256(key));
        if (Files.isDirectory(target)) return target;
        try {
            Files.createDirectories(cacheRoot);
            Path tmp = Files.createTempDirectory(cacheRoot, "build-");
            try {
                SourceCompiler.compile(sources, sourcePath, classPath, tmp, cwd);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(target)) throw e; // another process won the race
            } finally {
                deleteTree(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new UserError(ExitCodes.INTERNAL, "error: cannot write kfj's class cache under " + cacheRoot
                    + ": " + e.getMessage() + " (set KFJ_CACHE_DIR to a writable directory)");
        }
    }

    /** Where kfj keeps compiled classes: system property {@code kfj.cache.dir}, else {@code $KFJ_CACHE_DIR}, else {@code $XDG_CACHE_HOME/kfj}, else {@code ~/.cache/kfj}. */
    public static Path cacheDirectory() {
        String property = System.getProperty("kfj.cache.dir");
        if (property != null && !property.isBlank()) return Path.of(property);
        String explicit = System.getenv("KFJ_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("kfj");
    }

    /**
     * Loads {@code className} and calls its {@code define()}.
     *
     * @param shownAs the source file, or the class path, as the user gave it
     * @param fromSource whether {@code shownAs} is a source file (else a class path)
     */
    private static LoadedPipeline define(String className, List<String> classPath, Map<String, String> files,
                                         String shownAs, boolean fromSource) {
        URLClassLoader loader = new URLClassLoader(urls(classPath), PipelineLoader.class.getClassLoader());
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            if (fromSource) {
                String simple = className.substring(className.lastIndexOf('.') + 1);
                throw new UserError(ExitCodes.INVALID_PIPELINE, shownAs + ": error: no class " + simple
                        + " is declared in this file\n  hint: declare 'public final class " + simple
                        + " implements PipelineDefinition', named like the file");
            }
            throw new UserError(ExitCodes.USAGE, "error: class " + className + " not found on class path " + shownAs);
        } catch (LinkageError e) {
            throw new UserError(ExitCodes.INVALID_PIPELINE, "error: cannot load class " + className + " from "
                    + shownAs + ": " + e);
        }
        Class<?> definition = findDefinition(type, shownAs);
        String where = files.getOrDefault(definition.getSimpleName() + ".java", definition.getName()) + ": ";
        Pipeline pipeline;
        try {
            Constructor<?> ctor = definition.getDeclaredConstructor();
            ctor.setAccessible(true);
            pipeline = ((PipelineDefinition) ctor.newInstance()).define();
        } catch (NoSuchMethodException e) {
            throw new UserError(ExitCodes.INVALID_PIPELINE, where + "error: " + definition.getName()
                    + " needs a public no-argument constructor so kfj can create it");
        } catch (InvocationTargetException e) {
            throw definitionFailed(definition, e.getCause(), files);
        } catch (ReflectiveOperationException e) {
            throw new UserError(ExitCodes.INVALID_PIPELINE, where + "error: cannot create " + definition.getName()
                    + ": " + e);
        } catch (RuntimeException | LinkageError e) {
            throw definitionFailed(definition, e, files);
        }
        if (pipeline == null) {
            throw new UserError(ExitCodes.INVALID_PIPELINE, where + "error: " + definition.getName()
                    + ".define() returned null; return the pipeline with p.build()");
        }
        return new LoadedPipeline(pipeline, definition.getName(), List.copyOf(classPath), files);
    }

    private static Class<?> findDefinition(Class<?> type, String shownAs) {
        List<Class<?>> found = new ArrayList<>();
        if (isDefinition(type)) found.add(type);
        Arrays.stream(type.getDeclaredClasses()).filter(PipelineLoader::isDefinition)
                .sorted(Comparator.comparing(Class::getName)).forEach(found::add);
        if (found.size() == 1) return found.get(0);
        if (found.isEmpty()) {
            throw new UserError(ExitCodes.INVALID_PIPELINE, "error: " + shownAs + ": no class implements "
                    + PipelineDefinition.class.getName() + "\n  hint: declare 'public final class "
                    + type.getSimpleName() + " implements PipelineDefinition' with a define() method");
        }
        throw new UserError(ExitCodes.INVALID_PIPELINE, "error: " + shownAs + " defines several pipelines: "
                + found.stream().map(Class::getName).toList() + "\n  hint: keep one pipeline definition per file");
    }

    private static boolean isDefinition(Class<?> c) {
        return PipelineDefinition.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers());
    }

    private static UserError definitionFailed(Class<?> definition, Throwable cause, Map<String, String> files) {
        StackTraceElement at = Arrays.stream(cause.getStackTrace())
                .filter(f -> !f.getClassName().startsWith("dev.kfj.") && !f.getClassName().startsWith("java."))
                .findFirst().orElse(null);
        String where = at == null || at.getFileName() == null ? definition.getName()
                : files.getOrDefault(at.getFileName(), at.getFileName()) + ":" + at.getLineNumber();
        return new UserError(ExitCodes.INVALID_PIPELINE, where + ": error: defining the pipeline failed: "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    private static URL[] urls(List<String> classPath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath) {
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UserError(ExitCodes.USAGE, "error: bad class path entry " + entry);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /**
     * kfj's own class path, with the {@code Class-Path} of manifest-only jars (as test runners
     * and launchers use) expanded, so javac and child JVMs see every jar.
     */
    static List<String> ownClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) continue;
            entries.add(entry);
            if (entry.endsWith(".jar")) entries.addAll(manifestClassPath(Path.of(entry)));
        }
        return entries.stream().distinct().toList();
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null || classPath.isBlank()) return List.of();
            List<String> entries = new ArrayList<>();
            for (String ref : classPath.trim().split("\\s+")) {
                try {
                    URI uri = jar.toUri().resolve(ref);
                    entries.add(Path.of(uri).toString());
                } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                    // not a local file: nothing javac could use
                }
            }
            return entries;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String packageOf(Path file) {
        try {
            Matcher m = PACKAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : "";
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "error: cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temporary directory is harmless
        }
    }
}
