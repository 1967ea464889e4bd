package dev.kfj.processor.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A doc comment split into its main text and its {@code @param} and {@code @return} texts, each
 * on one line with inline tags reduced to their text ({@code {@code x}} becomes {@code x}).
 *
 * @param text the main description, or {@code ""}
 * @param params {@code @param} texts by parameter name, in order
 * @param returns the {@code @return} text, or {@code ""}
 */
public record Javadoc(String text, Map<String, String> params, String returns) {
    private static final Pattern INLINE = Pattern.compile("\\{@\\w+\\s+([^}]*)}");
    private static final Pattern BLOCK = Pattern.compile("(?m)^\\s*@(\\w+)\\s*");

    /** Parses {@code comment}, as {@code Elements.getDocComment} returns it; null gives an empty doc. */
    public static Javadoc parse(String comment) {
        if (comment == null || comment.isBlank()) return new Javadoc("", Map.of(), "");
        Matcher m = BLOCK.matcher(comment);
        int end = m.find() ? m.start() : comment.length();
        String text = clean(comment.substring(0, end));
        Map<String, String> params = new LinkedHashMap<>();
        String returns = "";
        m.reset();
        while (m.find()) {
            int from = m.end();
            int to = comment.length();
            Matcher next = BLOCK.matcher(comment);
            if (next.find(from)) to = next.start();
            String body = comment.substring(from, to);
            if (m.group(1).equals("param")) {
                String[] parts = body.strip().split("\\s+", 2);
                if (!parts[0].isEmpty()) params.put(parts[0], parts.length > 1 ? clean(parts[1]) : "");
            } else if (m.group(1).equals("return")) {
                returns = clean(body);
            }
        }
        return new Javadoc(text, params, returns);
    }

    /** The {@code @param} text of {@code name}, or {@code ""}. */
    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    private static String clean(String text) {
        String plain = INLINE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1).strip()));
        plain = plain.replaceAll("(?i)</?(p|br|li|ul|ol|pre|h\\d)\\b[^>]*>", " ").replaceAll("<[^>]+>", "");
        return plain.replaceAll("\\s+", " ").strip();
    }
}
