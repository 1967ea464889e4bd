package dev.kfj.client.internal;

/** Removes a secret, and its parts, from text meant for users or logs. */
public final class Redactor {
    private Redactor() {}

    /** {@code text} with every occurrence of {@code token}, and of its credential part, replaced. */
    public static String clean(String text, String token) {
        if (token == null || token.isBlank() || text == null) {
            return text;
        }
        String out = text.replace(token, "<redacted>");
        int space = token.indexOf(' ');
        if (space > 0) {
            String credential = token.substring(space + 1).strip();
            if (credential.length() >= 4) {
                out = out.replace(credential, "<redacted>");
            }
        }
        return out;
    }
}
