package dev.kfj.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of workflows.
 *
 * @param items the workflows on this page, in the server's order
 * @param continueToken the token for the next page, empty on the last page
 */
public record WorkflowList(List<WorkflowStatus> items, String continueToken) {
    /** Copies the items and normalises an absent token to empty. */
    public WorkflowList {
        items = items == null ? List.of() : List.copyOf(items);
        continueToken = Objects.requireNonNullElse(continueToken, "");
    }

    /** The token for the next page, if there is one. */
    public Optional<String> next() {
        return continueToken.isEmpty() ? Optional.empty() : Optional.of(continueToken);
    }
}
