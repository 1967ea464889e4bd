package dev.kfj.compiler.internal;

import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.SourceLocation;

/**
 * Rejects user text that contains {@code {{}. Argo has no escape for it: every {@code {{} starts
 * a template tag, in any field, and parameter values are scanned again in later passes, so such
 * text would be substituted, or fail the workflow with "Cannot find end tag".
 */
final class TextCheck {
    private TextCheck() {}

    static void check(Problems problems, SourceLocation at, String what, String text) {
        if (text.contains("{{")) {
            problems.error(ErrorCode.TEMPLATE_BRACES, at,
                    what + " contains '{{', which Argo would read as a template tag: \"" + excerpt(text) + "\"",
                    "Argo has no escape for '{{'; write '{ {' if the braces are not meant for a program,"
                            + " or ship the text in the image or as an input artifact");
        }
    }

    /** Rejects a value that would have to travel armored to a program that cannot decode it. */
    static void reject(Problems problems, SourceLocation at, String what, String text) {
        problems.error(ErrorCode.TEMPLATE_BRACES, at,
                what + " contains '{{', which Argo would read as a template tag: \"" + excerpt(text) + "\"",
                "kfj passes such values base64-armored to Java steps and to container components built with"
                        + " .decodeValues(); use one of those, or ship the text as an input artifact");
    }

    private static String excerpt(String text) {
        int at = text.indexOf("{{");
        int from = Math.max(0, at - 15);
        int to = Math.min(text.length(), at + 25);
        String cut = text.substring(from, to).replace("\n", "\\n");
        return (from > 0 ? "..." : "") + cut + (to < text.length() ? "..." : "");
    }
}
