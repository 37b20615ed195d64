package dev.noormme.cache.internal;

import java.util.regex.Pattern;

/** Table-name globs ({@code *}, {@code ?}, {@code [...]}, as SQLite's GLOB) as case-insensitive patterns. */
final class Globs {

    private Globs() {
    }

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("Unclosed [ in the table glob '" + glob + "'");
                    }
                    String set = glob.substring(i + 1, end);
                    boolean negated = set.startsWith("^");
                    regex.append('[').append(negated ? "^" : "");
                    for (char member : (negated ? set.substring(1) : set).toCharArray()) {
                        // A backslash before a character that is not a letter or digit always means that character.
                        if (member != '-' && !Character.isLetterOrDigit(member)) {
                            regex.append('\\');
                        }
                        regex.append(member);
                    }
                    regex.append(']');
                    i = end;
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
