package dev.kfj.argo;

/**
 * How an artifact is packed when saved; set exactly one member.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.ArchiveStrategy}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param none upload without packing
 * @param tar tar and gzip
 * @param zip zip
 */
public record ArchiveStrategy(NoneStrategy none, TarStrategy tar, ZipStrategy zip) {

    /** @return a strategy that stores files unpacked */
    public static ArchiveStrategy noArchive() {
        return new ArchiveStrategy(new NoneStrategy(), null, null);
    }
}
