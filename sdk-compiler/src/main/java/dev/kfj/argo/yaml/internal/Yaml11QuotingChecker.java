package dev.kfj.argo.yaml.internal;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes every string a YAML 1.1 reader (Kubernetes, Argo, PyYAML) would take for something other
 * than a string: booleans such as {@code yes}/{@code on}, nulls such as {@code ~}, and numbers in
 * all YAML 1.1 forms ({@code 1.0}, {@code 0x1F}, {@code 1_000}, {@code 1:30}); also empty strings
 * and strings with surrounding blanks.
 */
final class Yaml11QuotingChecker extends StringQuotingChecker.Default {

  private static final long serialVersionUID = 1L;

  private static final Pattern BOOL_OR_NULL = Pattern.compile(
      "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
          + "|null|Null|NULL|~");

  private static final Pattern NUMBER = Pattern.compile(
      "[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
          + "|([0-9][0-9_]*)?\\.?[0-9_]*([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF))"
          + "|\\.(nan|NaN|NAN)");

  private static final Pattern HAS_DIGIT =
      Pattern.compile(".*[0-9].*|.*\\.(inf|Inf|INF|nan|NaN|NAN)");

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || needsQuotes(value);
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || needsQuotes(name);
  }

  private static boolean needsQuotes(String s) {
    if (s.isEmpty() || Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(s.length() - 1))) {
      return true;
    }
    return BOOL_OR_NULL.matcher(s).matches()
        || HAS_DIGIT.matcher(s).matches() && NUMBER.matcher(s).matches();
  }
}
