package dev.kfj.argo.yaml.internal;

import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes every string a YAML 1.1 reader (Kubernetes, Argo, PyYAML) would take for something other
 * than a string: booleans such as {@code yes}/{@code on}, nulls such as {@code ~}, and numbers in
 * all YAML 1.1 forms ({@code 1.0}, {@code 0x1F}, {@code 1_000}, {@code 1:30}); also empty strings
 * and strings with surrounding blanks.
 *
 * <p>It runs for every key and value written, so the common case (a word that cannot be a number)
 * is decided by looking at a few characters; the regular expression runs only on number-like text.
 */
final class Yaml11QuotingChecker extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;

    private static final Set<String> BOOL_OR_NULL = Set.of(
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
            "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~");

    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
                    + "|([0-9][0-9_]*)?\\.?[0-9_]*([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF))"
                    + "|\\.(nan|NaN|NAN)");

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || needsQuotes(value);
    }

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || needsQuotes(name);
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return true;
        }
        return BOOL_OR_NULL.contains(s) || mayBeNumber(s) && NUMBER.matcher(s).matches();
    }

    /**
     * Whether {@code s} could match {@link #NUMBER} and read as a number: it starts as a number can
     * ({@code +-._}, a digit or an exponent) and has a digit or ends like {@code .inf} or {@code .nan}.
     */
    private static boolean mayBeNumber(String s) {
        char first = s.charAt(0);
        boolean numberStart = first >= '0' && first <= '9'
                || first == '-'
                || first == '+'
                || first == '.'
                || first == '_'
                || first == 'e'
                || first == 'E';
        if (!numberStart) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        int dot = s.length() - 4;
        if (dot < 0 || s.charAt(dot) != '.') {
            return false;
        }
        String tail = s.substring(dot + 1);
        return switch (tail) {
            case "inf", "Inf", "INF", "nan", "NaN", "NAN" -> true;
            default -> false;
        };
    }
}
