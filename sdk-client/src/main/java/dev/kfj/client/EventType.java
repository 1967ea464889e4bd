package dev.kfj.client;

/** The kind of change a {@link WatchEvent} reports, as in a Kubernetes watch. */
public enum EventType {
    /** The workflow is new, or is reported in full at the start of a watch. */
    ADDED,
    /** The workflow changed. */
    MODIFIED,
    /** The workflow was deleted. */
    DELETED,
    /** A progress marker without a change. */
    BOOKMARK;

    /** The event type for its wire name; unknown names read as {@link #MODIFIED}. */
    public static EventType parse(String wireName) {
        for (EventType type : values()) {
            if (type.name().equalsIgnoreCase(wireName == null ? "" : wireName.trim())) {
                return type;
            }
        }
        return MODIFIED;
    }
}
