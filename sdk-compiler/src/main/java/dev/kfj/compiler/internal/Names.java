package dev.kfj.compiler.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How user names become Argo names. Template, task and workflow names are lower-case DNS-1123
 * labels: {@code loadData} and {@code load_data} both become {@code load-data}, accents are
 * dropped ({@code épée} becomes {@code epee}); a leading digit
 * gets an {@code n} prefix (Argo task names may not start with one). Parameter, input and output
 * names are kept as written and must match {@code [-a-zA-Z0-9_]+}.
 */
public final class Names {
    /** Kubernetes' limit for names used as label values, and Argo's for workflow names. */
    public static final int MAX_NAME = 63;
    /** Argo's limit for CronWorkflow names. */
    public static final int MAX_CRON_NAME = 52;

    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern PARAMETER = Pattern.compile("[-a-zA-Z0-9_]+");

    private Names() {}

    /** The DNS-1123 label form of {@code name}; empty when nothing usable is left. */
    public static String sanitize(String raw) {
        String name = ASCII.matcher(raw).matches() ? raw
                : COMBINING.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(name.length() + 8);
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                boolean afterLowerOrDigit = i > 0 && isLowerOrDigit(name.charAt(i - 1));
                boolean acronymEnd = i > 0 && isUpper(name.charAt(i - 1)) && i + 1 < n && isLower(name.charAt(i + 1));
                if (afterLowerOrDigit || acronymEnd) {
                    appendDash(out);
                }
                out.append((char) (c + ('a' - 'A')));
            } else if (isLowerOrDigit(c)) {
                out.append(c);
            } else {
                appendDash(out);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') end--;
        out.setLength(end);
        if (!out.isEmpty() && Character.isDigit(out.charAt(0))) {
            out.insert(0, 'n');
        }
        return out.toString();
    }

    /** Whether {@code name} is a legal Argo parameter, input or output name. */
    public static boolean isParameterName(String name) {
        return PARAMETER.matcher(name).matches();
    }

    private static void appendDash(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
            out.append('-');
        }
    }

    private static boolean isLowerOrDigit(char c) {
        return isLower(c) || (c >= '0' && c <= '9');
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
